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

// The challenge form's languages as tabs. Without this script both languages simply show one below the
// other; with it, one at a time, starting with a language that has errors.
for (const container of document.querySelectorAll("[data-tabs]")) {
  const panels = [...container.querySelectorAll(":scope > .tab-panel")];
  const list = document.createElement("div");
  list.setAttribute("role", "tablist");
  list.className = "tab-list";
  const buttons = panels.map((panel, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.id = `tab-${panel.id}`;
    button.className = "tab";
    button.setAttribute("role", "tab");
    button.setAttribute("aria-controls", panel.id);
    button.textContent = panel.dataset.tabLabel;
    if (panel.hasAttribute("data-tab-errors")) {
      button.classList.add("tab-has-errors");
    }
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", button.id);
    button.addEventListener("click", () => select(index));
    button.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        const next = (index + step + panels.length) % panels.length;
        select(next);
        buttons[next].focus();
      }
    });
    list.append(button);
    return button;
  });
  function select(chosen) {
    panels.forEach((panel, index) => {
      panel.hidden = index !== chosen;
      buttons[index].setAttribute("aria-selected", String(index === chosen));
      buttons[index].tabIndex = index === chosen ? 0 : -1;
    });
  }
  container.prepend(list);
  const withErrors = panels.findIndex((panel) => panel.hasAttribute("data-tab-errors"));
  select(Math.max(0, withErrors));
}

// A deadline's countdown, kept current while the page stays open.
for (const countdown of document.querySelectorAll("[data-deadline]")) {
  const deadline = new Date(countdown.dataset.deadline);
  const [days, hours, minutes] = countdown.dataset.units.split(",");
  const update = () => {
    const left = Math.floor((deadline - Date.now()) / 60000);
    if (left <= 0) {
      countdown.textContent = countdown.dataset.closed;
      return;
    }
    countdown.textContent = `${Math.floor(left / 1440)} ${days} ${Math.floor((left % 1440) / 60)} ${hours} ${left % 60} ${minutes}`;
  };
  update();
  setInterval(update, 30000);
}

// The summary's word count while typing; the server enforces the same limit on submission.
for (const area of document.querySelectorAll("textarea[data-word-limit]")) {
  const limit = Number(area.dataset.wordLimit);
  const counter = document.createElement("p");
  counter.className = "word-count";
  counter.setAttribute("aria-live", "polite");
  area.after(counter);
  const update = () => {
    const words = (area.value.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) || []).length;
    counter.textContent = `${words} / ${limit} ${area.dataset.wordLabel}`;
    counter.classList.toggle("over", words > limit);
  };
  area.addEventListener("input", update);
  update();
}

// A screening run's progress bar: ask the server every second, reload with the results when it ends.
for (const box of document.querySelectorAll("[data-run-status]")) {
  if (!["queued", "running"].includes(box.dataset.state)) {
    continue;
  }
  const bar = box.querySelector("progress");
  const poll = async () => {
    try {
      const response = await fetch(box.dataset.runStatus, { headers: { Accept: "application/json" } });
      const status = await response.json();
      bar.value = status.percent;
      box.querySelector("[data-field=percent]").textContent = status.percent;
      box.querySelector("[data-field=stage]").textContent = status.stage_label;
      if (!["queued", "running"].includes(status.state)) {
        window.location.reload();
        return;
      }
    } catch (error) {
      // A dropped request: try again on the next tick.
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 500);
}

// A button that prints the page (the pitch-day agenda); print.css leaves the navigation out.
for (const button of document.querySelectorAll("[data-print]")) {
  button.addEventListener("click", () => window.print());
}
