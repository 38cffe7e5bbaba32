// NascarDfs service worker: makes the app installable and caches only its icons and manifest. Blazor's runtime
// (_framework/), its connection (_blazor), the API and every page always go to the server: a cached runtime would not
// match the server after an update, and the connection cannot be cached at all.
const CACHE = 'nascardfs-shell-v1';
const CACHED = ['manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(CACHED)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!CACHED.some(path => url.pathname === '/' + path)) return; // the network, untouched
  event.respondWith(caches.match(event.request).then(hit => hit || fetch(event.request)));
});

self.addEventListener('notificationclick', event => {
  event.notification.close();
  const id = (event.notification.tag || '').replace('nascardfs-job-', '');
  event.waitUntil(self.clients.openWindow(id ? '/jobs/' + id : '/jobs'));
});
