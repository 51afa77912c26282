// Served by `gonogo serve` only: reloads the page when the site has been rebuilt.
(function () {
  'use strict';
  if (!('EventSource' in window)) {
    return;
  }
  var events = new EventSource('/__gonogo/events');
  events.addEventListener('reload', function () {
    window.location.reload();
  });
}());
