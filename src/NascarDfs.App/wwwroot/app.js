// NascarDfs page helpers: tab title, app badge (with a favicon fallback), desktop notifications, service worker.
(() => {
  const baseIcon = 'icon.svg';

  function setFavicon(count) {
    const link = document.getElementById('favicon');
    if (!link) return;
    if (count <= 0) { link.href = baseIcon; return; }
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 64;
    const g = canvas.getContext('2d');
    g.fillStyle = '#1565c0'; g.beginPath(); g.arc(32, 32, 30, 0, 2 * Math.PI); g.fill();
    g.fillStyle = '#fff'; g.font = 'bold 36px sans-serif'; g.textAlign = 'center'; g.textBaseline = 'middle';
    g.fillText(count > 99 ? '99' : String(count), 32, 35);
    link.href = canvas.toDataURL('image/png');
  }

  // True for exactly one tab per key.
  function claim(key) {
    const mark = () => { if (localStorage.getItem(key)) return false; localStorage.setItem(key, String(Date.now())); return true; };
    if (!navigator.locks) return Promise.resolve(mark());
    return new Promise(resolve => {
      navigator.locks.request(key, { ifAvailable: true }, lock => {
        if (!lock) { resolve(false); return undefined; }
        resolve(mark());
        return new Promise(release => setTimeout(release, 60_000));
      }).catch(() => resolve(mark()));
    });
  }

  // Saves bytes from the server as a download (the filled DKEntries file).
  async function download(name, streamRef) {
    const blob = new Blob([await streamRef.arrayBuffer()], { type: 'text/csv' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  window.nascarDfs = {
    download,

    // Badge = queued + running, cleared at zero (SPEC §9 "Counts shown"); the title is the server's (StatusIndicator).
    setCounts(active, running) {
      try {
        if (active > 0 && navigator.setAppBadge) navigator.setAppBadge(active);
        else if (active <= 0 && navigator.clearAppBadge) navigator.clearAppBadge();
      } catch (e) { /* not installed, or no Badging API */ }
      setFavicon(active);
    },

    // Returns true when this tab has nothing to show (another tab, or a desktop notification, covered it).
    // Every open tab hears of the job; exactly one may speak. A focused tab claims the job at once and shows a toast;
    // a background tab waits a moment so a focused one can claim first. The claim is a Web Lock held for a minute
    // (granted atomically across tabs, unlike a localStorage read-then-write), with localStorage for late tabs and
    // for browsers without the Locks API (a remote page on plain http).
    async jobFinished(id, state, text, desktop = true) {
      const key = 'nascardfs-notified-' + id;
      const focused = document.hasFocus();
      if (!focused) await new Promise(r => setTimeout(r, 400));
      if (!await claim(key)) return true;
      if (focused || !desktop) return false;
      if (!('Notification' in window) || Notification.permission !== 'granted') return false;
      const n = new Notification(`NascarDfs: job ${state}`, { body: text, tag: 'nascardfs-job-' + id, icon: 'icon-192.png' });
      n.onclick = () => { window.focus(); location.href = '/jobs/' + id; n.close(); };
      return true;
    },

    // After Quit: close this tab's connection (the stopped message stays; no "reconnecting" overlay).
    disconnect() {
      setTimeout(() => {
        try { if (window.Blazor && Blazor.disconnect) Blazor.disconnect(); } catch (e) { /* already gone */ }
        const modal = document.getElementById('components-reconnect-modal');
        if (modal) modal.remove();
      }, 100);
    },

    // 'granted', 'denied', 'default' (not asked yet) or 'unsupported' (no Notification API: a remote page on plain http).
    notificationPermission() {
      return 'Notification' in window ? Notification.permission : 'unsupported';
    },

    // Asked from a click (browsers refuse permission prompts without a user gesture); returns the permission after asking.
    async askNotificationPermission() {
      if (!('Notification' in window)) return 'unsupported';
      if (Notification.permission === 'default') {
        try { await Notification.requestPermission(); } catch (e) { /* an old browser's callback form: the permission below says */ }
      }
      return Notification.permission;
    },
  };

  // Drop zones (issue 13 defect 7): the whole zone takes a dropped file, highlighted while a file is over it; the file is
  // handed to the zone's own file input, which Blazor reads as if it had been picked.
  const zoneOf = e => e.target instanceof Element ? e.target.closest('[data-drop-zone]') : null;
  const hasFiles = e => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  document.addEventListener('dragover', e => {
    const zone = zoneOf(e);
    if (!zone || !hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    zone.classList.add('drag-over');
  });
  document.addEventListener('dragenter', e => { const zone = zoneOf(e); if (zone && hasFiles(e)) { e.preventDefault(); zone.classList.add('drag-over'); } });
  document.addEventListener('dragleave', e => {
    const zone = zoneOf(e);
    if (zone && !zone.contains(e.relatedTarget)) zone.classList.remove('drag-over');
  });
  document.addEventListener('drop', e => {
    const zone = zoneOf(e);
    if (!zone) return;
    e.preventDefault();
    zone.classList.remove('drag-over');
    const input = zone.querySelector('input[type=file]');
    if (!input || input.disabled || !e.dataTransfer || e.dataTransfer.files.length === 0) return;
    input.files = e.dataTransfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
})();
