// Behaviour the pages share; served from the site itself because the CSP allows no inline script.
"use strict";

// After a failed submit, start keyboard and screen-reader users at the error summary, not the top of the page.
const summary = document.querySelector("[data-error-summary]");
if (summary) {
  summary.focus();
  // A fragment link only scrolls; move the focus into the field too, and keep its label in view.
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) {
      return;
    }
    event.preventDefault();
    const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
    (label || field).scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
  });
}

// On a phone a wide table hides its last columns (and their buttons) off screen: name each cell after its
// column, so the stylesheet can show one card per row there (see `table.stacked` in site.css).
for (const table of document.querySelectorAll("table")) {
  const headers = [...table.querySelectorAll("thead th")].map((header) => header.textContent.trim());
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.children].forEach((cell, index) => {
      if (headers[index]) {
        cell.dataset.label = headers[index];
      }
    });
  }
  table.classList.add("stacked");
}
