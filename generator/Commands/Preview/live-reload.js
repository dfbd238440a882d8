// The live preview of `serve`, added to each page while it is served and never written to the built site.
// The server sends one "build" event on connecting and one after each build: a good build that this
// page does not show yet reloads it; a failed build shows its diagnostics over the last good page, and a
// build that stopped on something else (a bug in the generator) shows serve's short word about it.
(() => {
  "use strict";

  const script = document.currentScript;
  const shownBuild = script.dataset.build;
  const eventsUrl = new URL("events", script.src);
  const overlayId = "moriokasite-preview-errors";
  let source = null;

  function onBuild(message) {
    const build = JSON.parse(message.data);
    if (!build.ok) {
      showOverlay(build.diagnostics, build.failure);
    } else if (build.build !== shownBuild) {
      location.reload();
    } else {
      hideOverlay();
    }
  }

  function lineOf(d) {
    return `${d.path}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`;
  }

  function showOverlay(diagnostics, failure) {
    hideOverlay();
    const panel = document.createElement("div");
    panel.id = overlayId;
    panel.setAttribute("role", "alertdialog");
    panel.setAttribute("aria-labelledby", overlayId + "-title");
    panel.setAttribute("aria-describedby", overlayId + "-list");
    // The heading and the close button stay in view; only the list scrolls, so that on a phone a long
    // message never pushes 閉じる off the screen.
    Object.assign(panel.style, {
      position: "fixed", inset: "0.5rem 0.5rem auto 0.5rem", zIndex: "2147483647", maxHeight: "calc(100vh - 1rem)",
      display: "flex", flexDirection: "column", boxSizing: "border-box", overflow: "hidden",
      padding: "0.75rem 1rem", background: "#fff", color: "#1a1a1a", border: "4px solid #b00020",
      borderRadius: "6px", boxShadow: "0 4px 24px rgba(0, 0, 0, 0.35)", font: "16px/1.6 sans-serif",
    });

    const bar = document.createElement("div");
    Object.assign(bar.style, { display: "flex", alignItems: "flex-start", gap: "0.75rem", flex: "none", marginBottom: "0.5rem" });

    const heading = document.createElement("h2");
    heading.id = overlayId + "-title";
    heading.textContent = "ビルドできません。前回の内容を表示しています";
    Object.assign(heading.style, { margin: "0", flex: "1 1 auto", minWidth: "0", fontSize: "1.2rem", color: "#b00020" });

    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "閉じる";
    Object.assign(close.style, { flex: "none", font: "inherit", padding: "0.25rem 0.75rem", minHeight: "44px" });
    close.addEventListener("click", hideOverlay);
    bar.append(heading, close);

    const list = document.createElement("ul");
    list.id = overlayId + "-list";
    list.tabIndex = 0; // Scrollable with the keyboard too.
    Object.assign(list.style, {
      margin: "0", paddingLeft: "1.25rem", flex: "1 1 auto", minHeight: "0", overflowY: "auto",
      fontFamily: "monospace", whiteSpace: "pre-wrap", overflowWrap: "anywhere",
    });
    for (const text of [...(failure ? [failure] : []), ...diagnostics.map(lineOf)]) {
      const item = document.createElement("li");
      item.textContent = text; // Messages quote the user's own text: never parsed as HTML.
      list.append(item);
    }

    panel.append(bar, list);
    panel.addEventListener("keydown", (e) => {
      if (e.key === "Escape") hideOverlay();
    });
    document.body.append(panel);
    close.focus({ preventScroll: true });
  }

  function hideOverlay() {
    document.getElementById(overlayId)?.remove();
  }

  // Only visible pages keep a connection: a browser opens six at most to one host, and hidden tabs
  // holding them would leave a seventh tab waiting. A tab shown again reconnects and catches up.
  function connect() {
    if (source === null) {
      source = new EventSource(eventsUrl);
      source.addEventListener("build", onBuild);
    }
  }

  function disconnect() {
    source?.close();
    source = null;
  }

  document.addEventListener("visibilitychange", () => (document.hidden ? disconnect() : connect()));
  window.addEventListener("pagehide", disconnect);
  window.addEventListener("pageshow", (e) => e.persisted && !document.hidden && connect()); // Back from the history cache.
  if (!document.hidden) connect();
})();
