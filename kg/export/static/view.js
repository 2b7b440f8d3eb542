// kg's HTML view. The graph arrives as JSON data (never as markup), and every tooltip is a
// DOM element filled with textContent, so text from abstracts is shown, never run.
(function () {
  "use strict";

  function plainTooltip(text) {
    var tip = document.createElement("div");
    tip.className = "kg-tip";
    tip.textContent = text;
    return tip;
  }

  function withTooltips(items) {
    return items.map(function (item) {
      if (typeof item.title === "string") {
        item.title = plainTooltip(item.title);
      }
      return item;
    });
  }

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var network = new vis.Network(
    document.getElementById("kg-network"),
    { nodes: new vis.DataSet(withTooltips(data.nodes)),
      edges: new vis.DataSet(withTooltips(data.edges)) },
    data.options
  );
  window.kgNetwork = network;
  // Browser tests and drivers wait on this instead of sleeping.
  network.once("afterDrawing", function () {
    window.kgFirstDrawMs = performance.now();
    window.kgReady = true;
  });
})();
