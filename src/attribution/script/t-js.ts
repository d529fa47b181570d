/**
 * GET /t.js: the first-party tracking script for the sites that tracked links point to. No
 * dependencies, a few KB. Include it with the source's public write key:
 *
 *   <script src="https://<flywheel>/t.js" data-key="fw_w_…" defer></script>
 *
 * It keeps the `fw_click` of a tracked-link visit in a first-party cookie (30 days) and an anonymous
 * id (1 year), sends a page view on load, and exposes `flywheel.track(name, props)`,
 * `flywheel.identify(userId, traits)` and `flywheel.page()`. Events go to /v1/events on the origin the
 * script came from, as text/plain (no CORS preflight) with `keepalive`, so a page view survives
 * navigation. Calls made before the script loaded (`window.flywheel = window.flywheel || []` queue)
 * are replayed.
 */
export const TRACKING_SCRIPT = `(function (w, d) {
  'use strict';
  var me = d.currentScript || d.querySelector('script[data-key][src*="/t.js"]');
  if (!me || w.flywheel && w.flywheel.loaded) return;
  var key = me.getAttribute('data-key');
  var endpoint = new URL('/v1/events', me.src).toString();
  var DAY = 864e5;
  function cookie(name) {
    var m = d.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }
  function setCookie(name, value, days) {
    d.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=' + Math.round(days * DAY / 1000) + '; samesite=lax' + (location.protocol === 'https:' ? '; secure' : '');
  }
  function uuid() {
    if (w.crypto && w.crypto.randomUUID) return w.crypto.randomUUID();
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0;
      return (c === 'x' ? r : r & 3 | 8).toString(16);
    });
  }
  var click = new URLSearchParams(location.search).get('fw_click');
  if (click && /^[A-Za-z0-9_-]{8,64}$/.test(click)) setCookie('fw_click', click, 30); else click = cookie('fw_click');
  var anonymousId = cookie('fw_aid') || uuid();
  setCookie('fw_aid', anonymousId, 365);
  var userId = cookie('fw_uid');
  function page() {
    return { url: location.href, path: location.pathname, referrer: d.referrer || undefined, title: d.title || undefined };
  }
  function send(event) {
    event.messageId = uuid();
    event.anonymousId = anonymousId;
    if (userId) event.userId = userId;
    event.timestamp = new Date().toISOString();
    event.context = { page: page(), userAgent: navigator.userAgent };
    event.properties = event.properties || {};
    if (click && !event.properties.fw_click) event.properties.fw_click = click;
    var body = JSON.stringify({ writeKey: key, batch: [event] });
    try {
      w.fetch(endpoint, { method: 'POST', body: body, keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain' } });
    } catch (e) {
      if (navigator.sendBeacon) navigator.sendBeacon(endpoint, body);
    }
  }
  var api = {
    loaded: true,
    page: function (name, props) { send({ type: 'page', name: name || d.title, properties: props }); },
    track: function (name, props) { if (name) send({ type: 'track', event: String(name), properties: props }); },
    identify: function (id, traits) {
      if (!id) return;
      userId = String(id);
      setCookie('fw_uid', userId, 365);
      send({ type: 'identify', traits: traits });
    }
  };
  var queued = Array.isArray(w.flywheel) ? w.flywheel : [];
  w.flywheel = api;
  api.page();
  for (var i = 0; i < queued.length; i++) {
    var call = queued[i];
    if (call && api[call[0]]) api[call[0]].apply(null, Array.prototype.slice.call(call, 1));
  }
})(window, document);
`
