// Draws the ally network from the JSON in data-network: coalitions as squares, people as dots linked to
// the coalitions they were in, each with their name. Wheel or the +/− buttons zoom, dragging moves, a click
// on a person shows their coalitions. Names stay the same size on screen whatever the zoom, and show once
// there is room for them (a page holds at most 100 people; the search narrows a large network).
// Text goes in through textContent only: names are data, never markup.
(function () {
    var svg = document.getElementById('ally-network');
    if (!svg) { return; }
    var NS = 'http://www.w3.org/2000/svg';
    var data = JSON.parse(svg.getAttribute('data-network'));
    var viewport = document.getElementById('ally-viewport');
    var details = document.getElementById('ally-details');
    var coalitions = {};
    data.coalitions.forEach(function (c) { coalitions[c.id] = c; });

    function el(name, attrs) {
        var e = document.createElementNS(NS, name);
        Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        return e;
    }
    var links = el('g', {'class': 'ally-links'});
    var nodes = el('g', {'class': 'ally-nodes'});
    var names = el('g', {'class': 'ally-names'});
    viewport.appendChild(links);
    viewport.appendChild(nodes);
    viewport.appendChild(names);
    data.people.forEach(function (p) {
        p.parts.forEach(function (part) {
            var c = coalitions[part.coalition];
            links.appendChild(el('line', {x1: p.x, y1: p.y, x2: c.x, y2: c.y, 'class': 'ally-link'}));
        });
    });
    data.coalitions.forEach(function (c) {
        var g = el('g', {'class': 'ally-coalition' + (c.past ? ' past' : ''), transform: 'translate(' + c.x + ',' + c.y + ')'});
        g.appendChild(el('rect', {x: -9, y: -9, width: 18, height: 18}));
        var label = el('text', {y: -13, 'text-anchor': 'middle'});
        label.textContent = c.name + ' (' + c.people + ')';
        g.appendChild(label);
        nodes.appendChild(g);
    });
    data.people.forEach(function (p, i) {
        var dot = el('circle', {cx: p.x, cy: p.y, r: 4.5, tabindex: 0, id: 'ally-' + i,
            'class': 'ally-person' + (p.supportive ? ' supportive' : '')});
        var title = el('title', {});
        title.textContent = p.name + (p.department ? ', ' + p.department : '');
        dot.appendChild(title);
        dot.addEventListener('click', function () { show(p); });
        dot.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { show(p); e.preventDefault(); } });
        nodes.appendChild(dot);
        var name = el('text', {x: p.x + 7, y: p.y, 'dominant-baseline': 'central', 'aria-hidden': 'true'});
        name.textContent = p.name;
        names.appendChild(name);
    });

    function show(p) {
        details.textContent = '';
        var h = document.createElement('h3');
        h.textContent = p.name;
        details.appendChild(h);
        var dept = document.createElement('p');
        dept.className = 'muted';
        dept.textContent = p.department || 'no department';
        details.appendChild(dept);
        var list = document.createElement('ul');
        p.parts.forEach(function (part) {
            var li = document.createElement('li');
            var c = coalitions[part.coalition];
            li.textContent = c.name + (c.past ? ' (closed)' : '') + ': ' + part.role;
            list.appendChild(li);
        });
        details.appendChild(list);
    }

    // zoom and pan through the viewBox
    var box = {x: 0, y: 0, w: data.size, h: data.size};
    function apply() {
        svg.setAttribute('viewBox', box.x + ' ' + box.y + ' ' + box.w + ' ' + box.h);
        // about 11 screen pixels whatever the zoom; names show when each person has room for one
        var rect = svg.getBoundingClientRect();
        var unitsPerPixel = box.w / (rect.width || data.size);
        names.setAttribute('font-size', (11 * unitsPerPixel).toFixed(2));
        var room = (rect.width * rect.height) / Math.max(1, data.people.length) * (data.size * data.size) / (box.w * box.h);
        names.setAttribute('class', 'ally-names' + (room >= 2500 ? '' : ' hidden'));
    }
    function zoomAt(factor, cx, cy) {
        box.w = Math.min(data.size * 2, Math.max(50, box.w * factor));
        box.x = cx - box.w / 2;
        box.y = cy - box.w / 2;
        box.h = box.w;
        apply();
    }
    function button(id, action) {
        var b = document.getElementById(id);
        if (b) { b.addEventListener('click', action); }
    }
    button('ally-zoom-in', function () { zoomAt(0.6, box.x + box.w / 2, box.y + box.h / 2); });
    button('ally-zoom-out', function () { zoomAt(1 / 0.6, box.x + box.w / 2, box.y + box.h / 2); });
    button('ally-zoom-reset', function () { box = {x: 0, y: 0, w: data.size, h: data.size}; apply(); });
    window.addEventListener('resize', apply);
    apply();
    svg.addEventListener('wheel', function (e) {
        e.preventDefault();
        var factor = e.deltaY < 0 ? 0.8 : 1.25;
        var rect = svg.getBoundingClientRect();
        var mx = box.x + (e.clientX - rect.left) / rect.width * box.w;
        var my = box.y + (e.clientY - rect.top) / rect.height * box.h;
        box.w = Math.min(data.size * 2, Math.max(50, box.w * factor));
        box.h = box.w;
        box.x = mx - (e.clientX - rect.left) / rect.width * box.w;
        box.y = my - (e.clientY - rect.top) / rect.height * box.h;
        apply();
    }, {passive: false});
    var drag = null;
    svg.addEventListener('mousedown', function (e) { drag = {x: e.clientX, y: e.clientY}; });
    window.addEventListener('mouseup', function () { drag = null; });
    svg.addEventListener('mousemove', function (e) {
        if (!drag) { return; }
        var rect = svg.getBoundingClientRect();
        box.x -= (e.clientX - drag.x) / rect.width * box.w;
        box.y -= (e.clientY - drag.y) / rect.height * box.h;
        drag = {x: e.clientX, y: e.clientY};
        apply();
    });
})();
