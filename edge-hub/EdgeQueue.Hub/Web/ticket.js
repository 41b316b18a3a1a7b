// The fallback e-ticket page /t/{ticket}: follows /t/{ticket}/events (Server-Sent Events) without a reload.
// A file of its own: the pages' CSP allows scripts from the hub only (script-src 'self'), none inline.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var number = document.body.getAttribute("data-ticket");
  var source = new EventSource("/t/" + encodeURIComponent(number) + "/events");
  source.addEventListener("ticket", function (m) {
    var v = JSON.parse(m.data);
    document.querySelector("#status strong").textContent = v.headline;
    ["detail", "ahead", "eta", "serving"].forEach(function (k) { document.getElementById(k).textContent = v[k]; });
    document.body.setAttribute("data-place", v.place);
  });
})();
