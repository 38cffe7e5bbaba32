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

  window.nascarDfs = {
    // Badge = queued + running, cleared at zero; the title carries the running count (SPEC §9 "Counts shown").
    setCounts(active, running) {
      document.title = running > 0 ? `NascarDfs (${running} running)` : 'NascarDfs';
      try {
        if (active > 0 && navigator.setAppBadge) navigator.setAppBadge(active);
        else if (active <= 0 && navigator.clearAppBadge) navigator.clearAppBadge();
      } catch (e) { /* not installed, or no Badging API */ }
      setFavicon(active);
    },

    // Returns true when this tab has nothing to show (another tab, or a desktop notification, covered it).
    // A focused tab claims the job and shows a toast; a background tab waits a moment so a focused one can claim first.
    async jobFinished(id, state, text) {
      const key = 'nascardfs-notified-' + id;
      const claim = () => { if (localStorage.getItem(key)) return false; localStorage.setItem(key, String(Date.now())); return true; };
      if (document.hasFocus()) return !claim();
      await new Promise(r => setTimeout(r, 400));
      if (!claim()) return true;
      if (!('Notification' in window) || Notification.permission !== 'granted') return false;
      const n = new Notification(`NascarDfs: job ${state.toLowerCase()}`, { body: text, tag: 'nascardfs-job-' + id, icon: 'icon-192.png' });
      n.onclick = () => { window.focus(); location.href = '/jobs/' + id; n.close(); };
      return true;
    },

    // Asked once, from a click (browsers refuse permission prompts without a user gesture).
    async askNotificationPermission() {
      if ('Notification' in window && Notification.permission === 'default') await Notification.requestPermission();
    },
  };

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
})();
