/**
 * The static parts of the --html page: its style and the script that draws the timeline
 * and the charts from the page's JSON data blocks. Plain ES2017 and inline SVG, nothing
 * fetched: the page must open offline, from a file.
 */

export const HTML_STYLE = `
body{font:13px/1.4 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:10px 16px;background:#263238;color:#eceff1;display:flex;gap:16px;align-items:baseline}
header h1{font-size:18px;margin:0}header code{color:#b0bec5;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
main{padding:0 16px 24px}h2{font-size:15px;margin:18px 0 6px}.hint{color:#777;margin:0 0 6px}
#top{display:flex;gap:16px;align-items:flex-start}#timeline-section{flex:1 1 auto;min-width:0}
#tree-section{flex:0 0 340px;max-height:80vh;overflow:auto}
#process-tree,#process-tree ul{list-style:none;margin:0;padding-left:14px;font-size:12px}#process-tree{padding-left:0}
#process-tree li{margin:2px 0;word-break:break-all}#process-tree ul{border-left:1px solid #ccc}
#process-tree .pid{color:#555}#process-tree .end{color:#2e7d32;white-space:nowrap}
#process-tree .end.killed{color:#c62828}#process-tree .end.failed{color:#e65100}#process-tree .end.detached,#process-tree .end.running{color:#777}
#ruler,.row{display:flex}#ruler .label,.row .label{flex:0 0 220px;padding-right:8px;overflow-wrap:anywhere}
.row .label{font-family:ui-monospace,monospace;font-size:12px;line-height:16px;padding-top:2px;padding-bottom:2px}
.row .label .end{color:#666}
.row{border-bottom:1px solid #e4e4e4}.row svg,#ruler svg{flex:1 1 auto;display:block;height:20px;cursor:grab}
#ruler svg{height:18px}#ruler text{font-size:10px;fill:#666}
.row rect.sys{stroke:none}.row rect.err{stroke:#c62828;stroke-width:1}
.row path.sig{fill:#d81b60}.row path.exit{fill:#37474f}
#tip{position:fixed;pointer-events:none;background:#263238;color:#fff;padding:4px 8px;border-radius:3px;
font:12px ui-monospace,monospace;max-width:70vw;white-space:pre-wrap;word-break:break-all;z-index:2}
#charts{display:flex;flex-wrap:wrap;gap:24px}#charts figure{margin:0}#charts figcaption{font-weight:600;margin-bottom:4px}
#charts text{font-size:11px}pre{background:#fff;border:1px solid #ddd;padding:8px;overflow:auto}
`;

export const HTML_SCRIPT = `
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var entries = JSON.parse(document.getElementById('tstrace-timeline').textContent);
  var totals = JSON.parse(document.getElementById('tstrace-summary').textContent);
  var ends = JSON.parse(document.getElementById('tstrace-processes').textContent);

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;';
    });
  }
  function colour(name) {
    var h = 0;
    for (var i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
    return 'hsl(' + (h % 360) + ',55%,55%)';
  }
  /**
   * An axis label in the unit of the view's end, with as many decimals as the tick step
   * needs and no more (\`200 ms\`, \`42.4 ms\`, \`1.5 s\`). The page is ASCII: µ as an escape.
   */
  function tick(us, step, end) {
    var unit = end >= 1e6 ? 1e6 : end >= 1e3 ? 1e3 : 1;
    var digits = Math.max(0, -Math.floor(Math.log10(step / unit) + 1e-9));
    // Number() drops the zeros a half step leaves on whole ticks (13.0 ms reads 13 ms).
    return String(Number((us / unit).toFixed(digits))) + (unit === 1e6 ? ' s' : unit === 1e3 ? ' ms' : ' \\u00b5s');
  }
  function seconds(us) {
    return us >= 1e6 ? (us / 1e6).toFixed(3) + ' s' : us >= 1e3 ? (us / 1e3).toFixed(3) + ' ms' : us.toFixed(1) + ' us';
  }

  // --- the data, per thread --------------------------------------------------------------
  var threads = new Map();
  var processNames = new Map();
  function thread(pid, tid) {
    var t = threads.get(tid);
    if (!t) threads.set(tid, t = { pid: pid, tid: tid, name: String(tid), slices: [], marks: [] });
    return t;
  }
  var t0 = Infinity, t1 = -Infinity;
  entries.forEach(function (e) {
    if (e.ph === 'M') {
      if (e.name === 'process_name') processNames.set(e.pid, e.args.name);
      else thread(e.pid, e.tid).name = e.args.name;
      return;
    }
    if (e.ph === 'X') thread(e.pid, e.tid).slices.push(e);
    else if (e.ph === 'i') thread(e.pid, e.tid).marks.push(e);
    else return;
    t0 = Math.min(t0, e.ts);
    t1 = Math.max(t1, e.ts + (e.dur || 0));
  });
  if (!isFinite(t0)) { t0 = 0; t1 = 1; }
  if (t1 <= t0) t1 = t0 + 1;
  var rows = Array.from(threads.values()).sort(function (a, b) { return a.pid - b.pid || a.tid - b.tid; });
  rows.forEach(function (r) { r.slices.sort(function (a, b) { return a.ts - b.ts; }); });

  // --- the timeline ----------------------------------------------------------------------
  var view = { from: t0, to: t1 };
  var rowsEl = document.getElementById('rows');
  var tip = document.getElementById('tip');
  var ruler = document.getElementById('ruler');
  ruler.innerHTML = '<div class="label">' + rows.length + ' thread' + (rows.length === 1 ? '' : 's') + '</div>';
  var rulerSvg = document.createElementNS(NS, 'svg');
  ruler.appendChild(rulerSvg);
  var svgs = rows.map(function (r) {
    var row = document.createElement('div');
    row.className = 'row';
    row.dataset.pid = r.pid;
    row.dataset.tid = r.tid;
    var label = document.createElement('div');
    label.className = 'label';
    label.textContent = (processNames.get(r.pid) || 'pid ' + r.pid) + ' / ' + r.name;
    // How the process ended, on its main thread's row.
    if (r.pid === r.tid && ends[r.pid]) {
      var end = document.createElement('span');
      end.className = 'end';
      end.textContent = ' [' + ends[r.pid] + ']';
      label.appendChild(end);
    }
    label.title = label.textContent;
    var svg = document.createElementNS(NS, 'svg');
    row.appendChild(label);
    row.appendChild(svg);
    rowsEl.appendChild(row);
    return svg;
  });

  function width() { return Math.max(100, rulerSvg.getBoundingClientRect().width || 800); }

  function draw() {
    var w = width(), span = view.to - view.from, k = w / span;
    var ticks = '', step = Math.pow(10, Math.floor(Math.log10(span / 5)));
    if (span / step > 10) step *= 2;
    for (var t = Math.ceil(view.from / step) * step; t <= view.to; t += step) {
      var x = (t - view.from) * k;
      ticks += '<line x1="' + x + '" x2="' + x + '" y1="12" y2="18" stroke="#999"/><text x="' + (x + 2) + '" y="10">' + tick(t, step, view.to) + '</text>';
    }
    rulerSvg.innerHTML = ticks;
    rows.forEach(function (r, i) {
      var out = '', lastEnd = -1;
      r.slices.forEach(function (s, j) {
        var x = (s.ts - view.from) * k, sw = s.dur * k;
        if (x + sw < 0 || x > w) return;
        // Bars thinner than a pixel that would land on the previous one add nothing.
        if (sw < 1 && x < lastEnd + 1) return;
        if (sw < 1) sw = 1;
        lastEnd = x + sw;
        out += '<rect class="sys' + (s.args.errno ? ' err' : '') + '" data-j="' + j + '" x="' + x.toFixed(2) + '" y="3" width="' +
          sw.toFixed(2) + '" height="14" fill="' + colour(s.name) + '"/>';
      });
      r.marks.forEach(function (m) {
        var x = (m.ts - view.from) * k;
        if (x < -5 || x > w + 5) return;
        out += '<path class="' + (m.cat === 'exit' ? 'exit' : 'sig') + '" d="M' + x.toFixed(2) + ' 1l4 7h-8z"><title>' + esc(m.name) + '</title></path>';
      });
      svgs[i].innerHTML = out;
    });
  }

  function describe(s) {
    return s.name + '(' + s.args.args + ') = ' + s.args.result + '\\n' + seconds(s.dur) + ' at ' + seconds(s.ts);
  }
  svgs.forEach(function (svg, i) {
    svg.addEventListener('mousemove', function (ev) {
      var j = ev.target && ev.target.getAttribute && ev.target.getAttribute('data-j');
      if (j === null || j === undefined) { tip.hidden = true; return; }
      tip.textContent = describe(rows[i].slices[Number(j)]);
      tip.hidden = false;
      tip.style.left = Math.min(ev.clientX + 12, window.innerWidth - 300) + 'px';
      tip.style.top = (ev.clientY + 14) + 'px';
    });
    svg.addEventListener('mouseleave', function () { tip.hidden = true; });
  });

  function zoomAt(clientX, factor, svg) {
    var box = svg.getBoundingClientRect(), span = view.to - view.from;
    var at = view.from + (clientX - box.left) / box.width * span;
    var next = Math.max(span * factor, 0.01);
    view.from = at - (at - view.from) * next / span;
    view.to = view.from + next;
    draw();
  }
  var drag = null;
  rowsEl.addEventListener('wheel', function (ev) {
    if (ev.target.closest('svg') === null) return;
    ev.preventDefault();
    zoomAt(ev.clientX, ev.deltaY < 0 ? 0.8 : 1.25, ev.target.closest('svg'));
  }, { passive: false });
  rowsEl.addEventListener('mousedown', function (ev) { drag = { x: ev.clientX, from: view.from, to: view.to }; });
  window.addEventListener('mouseup', function () { drag = null; });
  window.addEventListener('mousemove', function (ev) {
    if (!drag) return;
    var d = (ev.clientX - drag.x) / width() * (drag.to - drag.from);
    view.from = drag.from - d;
    view.to = drag.to - d;
    draw();
  });
  rowsEl.addEventListener('dblclick', function () { view.from = t0; view.to = t1; draw(); });
  window.addEventListener('resize', draw);
  draw();

  // --- the summary charts ----------------------------------------------------------------
  function barChart(title, key, fmt) {
    var top = totals.slice().sort(function (a, b) { return b[key] - a[key]; }).slice(0, 15);
    var max = top.length ? top[0][key] || 1 : 1, h = 16, w = 420, lw = 130;
    var svg = '<svg xmlns="' + NS + '" width="' + (w + lw + 90) + '" height="' + (top.length * h + 4) + '">';
    top.forEach(function (r, i) {
      var bw = r[key] / max * w, y = i * h + 2;
      svg += '<text x="' + (lw - 6) + '" y="' + (y + 11) + '" text-anchor="end">' + esc(r.name) + '</text>' +
        '<rect x="' + lw + '" y="' + y + '" width="' + bw.toFixed(2) + '" height="' + (h - 3) + '" fill="' + colour(r.name) + '"/>';
      if (key === 'calls' && r.errors > 0) {
        svg += '<rect x="' + lw + '" y="' + y + '" width="' + (r.errors / max * w).toFixed(2) + '" height="' + (h - 3) + '" fill="#c62828"/>';
      }
      svg += '<text x="' + (lw + bw + 4) + '" y="' + (y + 11) + '">' + fmt(r) + '</text>';
    });
    return '<figure class="chart"><figcaption>' + esc(title) + '</figcaption>' + svg + '</svg></figure>';
  }
  document.getElementById('charts').innerHTML = totals.length === 0 ? '<p>No completed syscalls.</p>' :
    barChart('Time spent', 'seconds', function (r) { return seconds(r.seconds * 1e6); }) +
    barChart('Calls (errors in red)', 'calls', function (r) { return r.calls + (r.errors ? ' (' + r.errors + ' failed)' : ''); });
})();
`;
