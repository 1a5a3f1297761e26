// htmx requests that change state carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Calls to partners can take up to 20 seconds: show the button busy and keep it from being pressed twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.classList && form.classList.contains('busy-on-submit')) {
    var button = form.querySelector('button[type="submit"]');
    if (button) {
      button.setAttribute('aria-busy', 'true');
      button.disabled = true;
    }
  }
});

// A button with data-copy="#field" copies that field's text (an invitation link, a calendar feed URL).
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copy]') : null;
  if (!button) {
    return;
  }
  var field = document.querySelector(button.getAttribute('data-copy'));
  if (!field) {
    return;
  }
  field.select();
  var done = function () { button.textContent = 'Copied'; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
  } else {
    document.execCommand('copy');
    done();
  }
});
