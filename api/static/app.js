// Light enhancements only: every page works without this script.
(function () {
  // Selects marked data-autosubmit send their form when changed.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      var reset = select.getAttribute("data-reset");
      if (reset) {
        var other = select.form.querySelector('[name="' + reset + '"]');
        if (other) other.value = "";
      }
      select.form.submit();
    });
  });
  // Facets start folded on phones, open on wider screens.
  var panel = document.getElementById("facet-panel");
  if (panel && window.matchMedia("(max-width: 859px)").matches) panel.removeAttribute("open");
  // Hovering a row of the values table outlines its evidence in the text.
  document.querySelectorAll("tr[data-value]").forEach(function (row) {
    var marks = document.querySelectorAll('#record-text mark[data-value="' + row.getAttribute("data-value") + '"]');
    row.addEventListener("mouseenter", function () { marks.forEach(function (m) { m.classList.add("flash"); }); });
    row.addEventListener("mouseleave", function () { marks.forEach(function (m) { m.classList.remove("flash"); }); });
  });
})();
// A chart wider than a phone starts scrolled to its latest months.
document.querySelectorAll(".chart-scroll").forEach(function (box) { box.scrollLeft = box.scrollWidth; });
// The map says which area is under the pointer or the keyboard focus, with its count.
(function () {
  var info = document.getElementById("map-info");
  if (!info) return;
  var initial = info.textContent;
  document.querySelectorAll("#region-map a.area").forEach(function (area) {
    var show = function () { info.textContent = area.getAttribute("aria-label"); };
    var hide = function () { info.textContent = initial; };
    area.addEventListener("mouseenter", show);
    area.addEventListener("focus", show);
    area.addEventListener("mouseleave", hide);
    area.addEventListener("blur", hide);
  });
})();
