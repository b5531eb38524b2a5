// Behaviour a page asks for by attribute instead of an inline handler: the pages' Content-Security-Policy runs
// no inline script (docs/operations.md). Listens on the document, so it needs no page-load hook.
document.addEventListener('change', function (event) {
    var field = event.target;
    // a plain GET filter form (department, coalition): choosing an entry applies it
    if (field.form && field.hasAttribute('data-submit-on-change')) {
        field.form.submit();
    }
});
document.addEventListener('keydown', function (event) {
    var field = event.target;
    // a task row's notes (TaskEditor): Enter saves that row, not the form's first row
    if (event.key === 'Enter' && field.matches && field.matches('.task-form input[type=text]')) {
        var save = field.closest('.task-form').querySelector('button[type=submit]');
        if (save) {
            event.preventDefault();
            save.click();
        }
    }
});
