// kg's HTML view. The graph arrives as JSON data (never as markup), and every piece of text -
// tooltips, suggestions, the side panel - is put in the page with textContent or as text nodes,
// so text from abstracts is shown, never run. Links are made only for http(s) URLs.
//
// Three JSON blocks: kg-data (what vis-network draws) is parsed at once; kg-index (every node's
// name, kind, aliases and degree, for the search box) and kg-details (each drawn node's panel)
// are parsed the first time they are needed, so they don't delay the first draw.
(function () {
  "use strict";

  var DIM_FONT = "#d4d4d4";
  var DIM_NODE = { opacity: 0.15, font: { color: DIM_FONT } };
  var LIT_NODE = { opacity: 1, font: { color: "#343434" } }; // vis-network's default label colour
  var MAX_SUGGESTIONS = 12;
  var GROUP_TITLES = {
    out: { proposes: "Proposes", uses: "Uses", introduces: "Introduces",
           evaluated_on: "Evaluated on", measures: "Measures", addresses: "Addresses",
           has_link: "Links", reports_result: "Reports results", result_metric: "Metric",
           result_dataset: "Dataset" },
    in: { proposes: "Proposed by", uses: "Used by", introduces: "Introduced by",
          evaluated_on: "Papers evaluating on it", measures: "Measured by",
          addresses: "Addressed by", has_link: "Linked from", reports_result: "Reported by",
          result_metric: "Results with this metric", result_dataset: "Results on this dataset" }
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function plainTooltip(text) {
    return el("div", "kg-tip", text);
  }

  function withTooltips(items) {
    return items.map(function (item) {
      if (typeof item.title === "string") {
        item.title = plainTooltip(item.title);
      }
      return item;
    });
  }

  function lazyJson(id) {
    var value;
    return function () {
      if (value === undefined) value = JSON.parse(document.getElementById(id).textContent);
      return value;
    };
  }

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var details = lazyJson("kg-details");
  var rawIndex = lazyJson("kg-index");
  var nodesByKind = {};
  data.nodes.forEach(function (node) {
    (nodesByKind[node.kind] = nodesByKind[node.kind] || []).push(node.id);
  });
  var nodes = new vis.DataSet(withTooltips(data.nodes));
  var edges = new vis.DataSet(withTooltips(data.edges));
  var network = new vis.Network(document.getElementById("kg-network"),
                                { nodes: nodes, edges: edges }, data.options);
  var DIM_EDGE = { color: { opacity: 0.12 }, font: { color: DIM_FONT } };
  var LIT_EDGE = { color: { opacity: 1 }, font: { color: data.options.edges.font.color } };
  var panel = document.getElementById("kg-panel");
  var input = document.getElementById("kg-search");
  var suggest = document.getElementById("kg-suggest");
  var legend = document.getElementById("kg-legend");
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // --- the search index -------------------------------------------------------------------

  var entries = null;
  var byId = null;
  var colours = {};

  function loadIndex() {
    if (entries) return;
    var index = rawIndex();
    colours = index.colours;
    byId = new Map();
    entries = index.rows.map(function (row) {
      var aliases = row[4] || [];
      var entry = { id: row[0], label: row[1], kind: row[2], degree: row[3], aliases: aliases,
                    keys: [row[1].toLowerCase()].concat(aliases.map(function (alias) {
                      return alias.toLowerCase();
                    })) };
      byId.set(entry.id, entry);
      return entry;
    });
  }

  // 0 exact, 1 prefix, 2 word start, 3 anywhere; -1 no match.
  function rank(key, query) {
    if (key === query) return 0;
    var at = key.indexOf(query);
    if (at < 0) return -1;
    if (at === 0) return 1;
    return /[\s\-_\/(.,:]/.test(key.charAt(at - 1)) ? 2 : 3;
  }

  function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function search(text, limit) {
    loadIndex();
    var query = text.trim().toLowerCase();
    if (!query) return { hits: [], total: 0 };
    var hits = [];
    entries.forEach(function (entry) {
      var best = -1;
      var via = 0;
      for (var k = 0; k < entry.keys.length; k++) {
        var r = rank(entry.keys[k], query);
        if (r >= 0 && (best < 0 || r < best)) { best = r; via = k; }
      }
      if (best >= 0) hits.push({ entry: entry, rank: best, via: via ? entry.aliases[via - 1] : null });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || b.entry.degree - a.entry.degree
        || compareText(a.entry.label, b.entry.label) || compareText(a.entry.id, b.entry.id);
    });
    return { hits: hits.slice(0, limit || MAX_SUGGESTIONS), total: hits.length };
  }

  // --- selection, focus and the neighbourhood highlight ----------------------------------

  // Only nodes and edges whose state changes are updated: each DataSet update costs a redraw
  // plus a little per item, so moving the focus between neighbours stays cheap.
  var dimmedNodes = new Set();
  var dimmedEdges = new Set();

  function restyle(dataSet, dimmed, wantDimmed, dimStyle, litStyle) {
    var changes = [];
    dataSet.getIds().forEach(function (id) {
      var want = wantDimmed(id);
      if (want === dimmed.has(id)) return;
      if (want) dimmed.add(id); else dimmed.delete(id);
      changes.push(Object.assign({ id: id }, want ? dimStyle : litStyle));
    });
    if (changes.length) dataSet.update(changes);
  }

  function highlight(id) {
    var hood = new Set(network.getConnectedNodes(id));
    hood.add(id);
    var hoodEdges = new Set(network.getConnectedEdges(id));
    restyle(nodes, dimmedNodes, function (nid) { return !hood.has(nid); },
            DIM_NODE, LIT_NODE);
    restyle(edges, dimmedEdges, function (eid) { return !hoodEdges.has(eid); },
            DIM_EDGE, LIT_EDGE);
  }

  function clearHighlight() {
    var none = function () { return false; };
    restyle(nodes, dimmedNodes, none, DIM_NODE, LIT_NODE);
    restyle(edges, dimmedEdges, none, DIM_EDGE, LIT_EDGE);
  }

  function focus(id) {
    window.kgIdle = false;
    if (reduceMotion) {
      network.focus(id, { scale: Math.max(network.getScale(), 1) });
      window.kgIdle = true;
      return;
    }
    network.once("animationFinished", function () { window.kgIdle = true; });
    network.focus(id, { scale: Math.max(network.getScale(), 1),
                        animation: { duration: 350, easingFunction: "easeInOutQuad" } });
  }

  function select(id) {
    loadIndex();
    var node = nodes.get(id);
    if (node) {
      if (node.hidden) setKindVisible(node.kind, true);
      network.selectNodes([id]);
      highlight(id);
      focus(id);
    } else {
      network.unselectAll();
      clearHighlight();
    }
    window.kgSelected = id;
    renderPanel(id, Boolean(node));
  }

  // --- type filter (the legend's checkboxes) -----------------------------------------------

  function setKindVisible(kind, visible) {
    var box = legend.querySelector('input[type="checkbox"][data-kind="' + CSS.escape(kind) + '"]');
    if (box) box.checked = visible;
    nodes.update((nodesByKind[kind] || []).map(function (nid) {
      return { id: nid, hidden: !visible };
    }));
  }

  legend.addEventListener("change", function (event) {
    var box = event.target;
    if (box && box.dataset && box.dataset.kind) setKindVisible(box.dataset.kind, box.checked);
  });

  // --- the side panel ---------------------------------------------------------------------

  function safeHref(text) {
    var url;
    try { url = new URL(String(text)); } catch (error) { return null; }
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  }

  function externalLink(text) {
    var href = safeHref(text);
    if (!href) return null;
    var link = el("a", "kg-out", "open \u2197");
    link.href = href;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    return link;
  }

  // Text with <mark>s at [start, end(, id)] UTF-16 offsets: text nodes and elements only.
  function appendMarked(parent, text, marks) {
    var at = 0;
    marks.forEach(function (m) {
      if (!(m[0] >= at && m[1] > m[0] && m[1] <= text.length)) return;
      parent.append(text.slice(at, m[0]));
      var mark = el("mark", null, text.slice(m[0], m[1]));
      if (m[2]) {
        mark.dataset.id = m[2];
        var entry = byId.get(m[2]);
        if (entry) mark.title = entry.kind + ": " + entry.label;
      }
      parent.append(mark);
      at = m[1];
    });
    parent.append(text.slice(at));
    return parent;
  }

  function badge(kind, extra) {
    var span = el("span", "kg-badge", extra ? kind + " \u00b7 " + extra : kind);
    span.style.background = colours[kind] || colours.other || "#79706e";
    return span;
  }

  function swatch(kind, title) {
    var span = el("span", "kg-swatch");
    span.style.background = colours[kind] || colours.other || "#79706e";
    if (title) span.title = title;
    return span;
  }

  function nodeButton(id) {
    var entry = byId.get(id);
    var button = el("button", "kg-go");
    if (entry) button.append(swatch(entry.kind, entry.kind));
    button.append(entry ? entry.label : id);
    button.type = "button";
    button.dataset.id = id;
    return button;
  }

  function groupTitle(group) {
    var titles = GROUP_TITLES[group.dir] || {};
    return titles[group.predicate] || (group.dir === "in" ? group.predicate + " (from)" : group.predicate);
  }

  function renderGroup(group) {
    var section = document.createDocumentFragment();
    var count = group.items.length + (group.more || 0);
    section.append(el("h3", null, groupTitle(group) + " (" + count + ")"));
    var list = el("ul", "kg-links");
    group.items.forEach(function (item) {
      var li = el("li");
      var entry = byId.get(item[0]);
      li.append(nodeButton(item[0]));
      if (entry && entry.kind === "repository") {
        var link = externalLink(entry.label);
        if (link) li.append(" ", link);
      }
      (item[1] || []).forEach(function (excerpt) {
        li.append(appendMarked(el("p", "kg-evidence"), excerpt[0],
                               excerpt[1] >= 0 ? [[excerpt[1], excerpt[2]]] : []));
      });
      list.append(li);
    });
    if (group.more) list.append(el("li", "kg-meta", "\u2026 and " + group.more + " more, not listed"));
    section.append(list);
    return section;
  }

  function renderPaper(info) {
    var part = document.createDocumentFragment();
    if (info.truncated) {
      part.append(el("p", "kg-note", "Truncated: the source listing cut this abstract off."));
    }
    info.metadata.forEach(function (pair) {
      part.append(el("p", "kg-meta", pair[0] + ": " + pair[1]));
    });
    if (info.abstract) {
      var box = el("details", "kg-abstract-box");
      box.open = info.abstract.length <= 2000;
      box.append(el("summary", null, "Abstract"));
      box.append(appendMarked(el("p", "kg-abstract"), info.abstract, info.marks));
      if (info.abstract_clipped) box.append(el("p", "kg-meta", "(abstract clipped for display)"));
      part.append(box);
    }
    if (info.sources.length) {
      part.append(el("h3", null, "Read from"));
      var list = el("ul");
      info.sources.forEach(function (source) { list.append(el("li", null, source)); });
      part.append(list);
    }
    return part;
  }

  function renderPanel(id, drawn) {
    var entry = byId.get(id);
    var info = drawn ? details()[id] : null;
    panel.replaceChildren();
    if (!entry) {
      panel.append(el("p", "kg-hint", "Nothing is known here about " + id + "."));
      return;
    }
    panel.dataset.id = id;
    panel.append(badge(entry.kind, info && info.url_kind));
    panel.append(el("h2", "kg-name", info && info.title ? info.title : entry.label));
    if (entry.aliases.length) {
      panel.append(el("p", "kg-aliases", "Also: " + entry.aliases.join(", ")));
    }
    panel.append(el("p", "kg-meta", entry.degree + (entry.degree === 1 ? " link" : " links")
                                    + " in the graph"));
    if (entry.kind === "repository") {
      var line = el("p", "kg-url");
      line.append(el("code", null, entry.label));
      var link = externalLink(entry.label);
      if (link) line.append(" ", link);
      panel.append(line);
    }
    if (!info) {
      panel.append(el("p", "kg-note", "Not drawn: this bounded view draws only the most "
        + "connected nodes. Its name, kind, aliases and link count come from the search index."));
      return;
    }
    if (entry.kind === "paper") panel.append(renderPaper(info));
    if (entry.kind === "result") {
      ["metric", "value", "dataset"].forEach(function (key) {
        if (info[key]) panel.append(el("p", "kg-meta", key + ": " + info[key]));
      });
    }
    info.groups.forEach(function (group) { panel.append(renderGroup(group)); });
    panel.scrollTop = 0;
  }

  panel.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-id]") : null;
    if (target && target !== panel && panel.contains(target)) select(target.dataset.id);
  });

  // --- the search box ---------------------------------------------------------------------

  var shown = [];
  var active = -1;

  function closeSuggestions() {
    suggest.hidden = true;
    suggest.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    shown = [];
    active = -1;
  }

  function setActive(i) {
    var items = suggest.querySelectorAll('[role="option"]');
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach(function (item, k) { item.setAttribute("aria-selected", String(k === active)); });
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function showSuggestions() {
    var result = search(input.value);
    suggest.replaceChildren();
    shown = result.hits;
    active = -1;
    if (!input.value.trim()) { closeSuggestions(); return; }
    if (!shown.length) {
      suggest.append(el("li", "kg-empty", "No match"));
    }
    shown.forEach(function (hit, i) {
      var li = el("li");
      li.id = "kg-option-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.index = String(i);
      li.append(swatch(hit.entry.kind), hit.entry.label,
                el("span", "kg-kind", hit.entry.kind + (nodes.get(hit.entry.id) ? "" : " \u00b7 not drawn")));
      if (hit.via) li.append(el("span", "kg-via", "also: " + hit.via));
      suggest.append(li);
    });
    if (result.total > shown.length) {
      suggest.append(el("li", "kg-empty", (result.total - shown.length) + " more: type more to narrow"));
    }
    suggest.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function choose(i) {
    var hit = shown[i];
    if (!hit) return;
    input.value = hit.entry.label;
    closeSuggestions();
    select(hit.entry.id);
  }

  input.addEventListener("input", showSuggestions);
  input.addEventListener("focus", function () { if (input.value.trim()) showSuggestions(); });
  input.addEventListener("blur", closeSuggestions);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggest.hidden) showSuggestions();
      setActive(active + (event.key === "ArrowDown" ? 1 : -1));
      event.preventDefault();
    } else if (event.key === "Enter") {
      if (suggest.hidden) showSuggestions();
      choose(active >= 0 ? active : 0);
      event.preventDefault();
    } else if (event.key === "Escape") {
      closeSuggestions();
    }
  });
  // mousedown, not click: it fires before the input's blur closes the list.
  suggest.addEventListener("mousedown", function (event) {
    var option = event.target.closest ? event.target.closest('[role="option"]') : null;
    event.preventDefault();
    if (option) choose(Number(option.dataset.index));
  });

  // --- canvas clicks ----------------------------------------------------------------------

  network.on("click", function (params) {
    if (params.nodes.length) {
      select(params.nodes[0]);
    } else if (!params.edges.length) {
      clearHighlight();
    }
  });

  window.kgNetwork = network;
  window.kg = { network: network, nodes: nodes, edges: edges, select: select, search: search };
  window.kgIdle = true;
  // Browser tests and drivers wait on this instead of sleeping.
  network.once("afterDrawing", function () {
    window.kgFirstDrawMs = performance.now();
    window.kgReady = true;
    // Parse the search index and panel details while the user looks, not on the first click.
    var later = window.requestIdleCallback || function (task) { return setTimeout(task, 200); };
    later(function () { loadIndex(); details(); });
  });
})();
