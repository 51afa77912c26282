// gonogo: sorting and filtering of review tables. The site works without this script: it only adds the filter
// box and the sort buttons, and opens chart data tables for printing.
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return "";
    }
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
  }

  function asNumber(text) {
    var number = parseFloat(String(text).replace(/[^0-9.+-]/g, ""));
    return isNaN(number) ? null : number;
  }

  function compare(a, b, numeric) {
    if (numeric) {
      var x = asNumber(a);
      var y = asNumber(b);
      if (x === null && y === null) { return 0; }
      if (x === null) { return 1; }
      if (y === null) { return -1; }
      return x - y;
    }
    return a.localeCompare(b);
  }

  function sortTable(table, header, index) {
    var numeric = header.getAttribute("data-sort") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var order = compare(cellValue(a, index), cellValue(b, index), numeric);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function makeSortable(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      if (!header.hasAttribute("data-sort")) {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      header.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, header, index); });
    });
  }

  function setUpFilter(box) {
    var input = box.querySelector("input");
    var status = box.querySelector("[data-status-template]");
    var rows = Array.prototype.slice.call(document.querySelectorAll("table[data-sortable] tr[data-row]"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]"));
    box.hidden = false;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !match;
        if (match) { shown++; }
      });
      groups.forEach(function (group) {
        group.hidden = group.querySelector("tr[data-row]:not([hidden])") === null;
      });
      status.textContent = words.length === 0 ? "" : status.getAttribute("data-status-template")
        .replace("{0}", String(shown)).replace("{1}", String(rows.length));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("[data-filter]"), setUpFilter);
  });

  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details.chart-data"), function (details) {
      details.open = true;
    });
  });
}());
