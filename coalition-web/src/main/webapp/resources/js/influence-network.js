// Zoom for the influence network drawn by the server: the buttons scale the SVG's viewBox around its centre, the
// mouse wheel around the pointer (labels grow with it), the reset button shows everything again. Without script
// the whole network shows.
// No inline handlers: the page's Content-Security-Policy forbids them.
(function () {
    var svg = document.getElementById('influence-graph');
    if (!svg) { return; }
    var size = parseFloat(svg.getAttribute('data-size')) || 1000;
    var box = {x: 0, y: 0, w: size};
    function apply() {
        svg.setAttribute('viewBox', box.x.toFixed(1) + ' ' + box.y.toFixed(1) + ' ' + box.w.toFixed(1) + ' ' + box.w.toFixed(1));
    }
    // zoom by a factor keeping the point (px, py) of the drawing where it is on the screen (the centre by default);
    // zoomed all the way out, the whole network shows again
    function zoom(factor, px, py) {
        var w = Math.min(size, Math.max(size / 16, box.w * factor));
        if (px === undefined) {
            px = box.x + box.w / 2;
            py = box.y + box.w / 2;
        }
        if (w >= size) {
            box = {x: 0, y: 0, w: size};
        } else {
            box.x = px - (px - box.x) * w / box.w;
            box.y = py - (py - box.y) * w / box.w;
            box.w = w;
        }
        apply();
    }
    function on(id, action) {
        var b = document.getElementById(id);
        if (b) { b.addEventListener('click', action); }
    }
    on('influence-zoom-in', function () { zoom(0.6); });
    on('influence-zoom-out', function () { zoom(1 / 0.6); });
    on('influence-zoom-reset', function () { box = {x: 0, y: 0, w: size}; apply(); });
    // the mouse wheel (or a touchpad's scroll) zooms around the pointer while it is over the drawing
    svg.addEventListener('wheel', function (e) {
        if (!e.deltaY) { return; }
        e.preventDefault();
        var pointer = svg.createSVGPoint();
        pointer.x = e.clientX;
        pointer.y = e.clientY;
        var at = pointer.matrixTransform(svg.getScreenCTM().inverse()); // in the drawing's coordinates
        zoom(e.deltaY < 0 ? 0.8 : 1 / 0.8, at.x, at.y);
    }, {passive: false});
    // zoomed in, the arrow keys move the view when the drawing has the focus
    svg.setAttribute('tabindex', '0');
    svg.addEventListener('keydown', function (e) {
        var step = box.w / 5;
        var moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]};
        if (moves[e.key]) {
            box.x += moves[e.key][0];
            box.y += moves[e.key][1];
            apply();
            e.preventDefault();
        }
    });
    // a person the search found, or the chosen one: centre the view on them, zoomed in when the network is large
    var focus = svg.querySelector('.influence-node.chosen') || svg.querySelector('.influence-node.found');
    if (focus && svg.querySelectorAll('.influence-node').length > 60) {
        var mark = focus.querySelector('circle, rect');
        var x = parseFloat(mark.getAttribute('cx') || (parseFloat(mark.getAttribute('x')) + 11));
        var y = parseFloat(mark.getAttribute('cy') || (parseFloat(mark.getAttribute('y')) + 11));
        box.w = size / 3;
        box.x = x - box.w / 2;
        box.y = y - box.w / 2;
        apply();
    }
})();
