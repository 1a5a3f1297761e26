// The calendar page's copy button: copies the feed URL and says so on the button for a moment.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copy]') : null;
  if (!button) {
    return;
  }
  var field = document.querySelector(button.getAttribute('data-copy'));
  if (!field) {
    return;
  }
  var done = function () {
    var label = button.textContent;
    button.textContent = 'Copied';
    setTimeout(function () { button.textContent = label; }, 1500);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done);
  } else {
    field.select();
    document.execCommand('copy');
    done();
  }
});
