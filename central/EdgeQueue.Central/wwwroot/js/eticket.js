// The e-ticket page without reloading: listens to the ticket's Server-Sent Events and writes the
// new figures into the page. Without JavaScript the page works as it is, with its refresh link.
(function () {
  'use strict';
  var section = document.querySelector('[data-stream]');
  if (!section || !window.EventSource) {
    return;
  }

  function set(id, text) {
    var element = document.getElementById(id);
    if (element && element.textContent !== text) {
      element.textContent = text;
    }
  }

  function time(iso) {
    return new Date(iso).toLocaleTimeString('pl-PL', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  var source = new EventSource(section.getAttribute('data-stream'));
  source.addEventListener('ticket', function (message) {
    var view = JSON.parse(message.data);
    var headline = document.querySelector('#e-headline strong');
    if (headline) {
      headline.textContent = view.headline;
      headline.parentElement.className = view.place === 'waiting' || view.place === 'called' ? 'notice' : 'plain';
    }
    set('e-detail', view.detail);
    set('e-ahead', view.aheadText);
    set('e-eta', view.etaText);
    set('e-serving', view.servingText);
    set('e-updated', view.statusAt ? 'Stan kolejki z godz. ' + time(view.statusAt) : 'Brak stanu kolejki');
    var stale = document.getElementById('e-stale');
    if (stale) {
      stale.hidden = !view.stale;
    }
    section.setAttribute('data-place', view.place);
  });
}());
