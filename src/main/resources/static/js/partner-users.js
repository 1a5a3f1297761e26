// The partner staff page talks to the browser endpoint with the session cookie and the page's CSRF token.
(function () {
  var root = document.getElementById('partner-users');
  if (!root) {
    return;
  }
  var connectorId = Number(root.dataset.connectorId);
  var result = document.getElementById('partner-result');
  var error = document.getElementById('partner-error');

  function send(action, email) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    result.hidden = true;
    error.hidden = true;
    return fetch('/api/partner-connector-users.php', {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify({ connector_id: connectorId, action: action, email: email })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(body.error || ('HTTP ' + response.status));
        }
        return body;
      });
    }).catch(function (e) {
      error.textContent = e.message;
      error.hidden = false;
      throw e;
    });
  }

  document.getElementById('add-user').addEventListener('submit', function (event) {
    event.preventDefault();
    var email = event.target.email.value;
    send('add', email).then(function (body) {
      sessionStorage.setItem('partner-result', body.message + ' ' + body.user.email
        + ' — access token (store it on your side): ' + body.user.access_token);
      location.reload();
    });
  });

  root.querySelectorAll('.remove-user').forEach(function (button) {
    button.addEventListener('click', function () {
      send('remove', button.dataset.email).then(function (body) {
        sessionStorage.setItem('partner-result', body.message);
        location.reload();
      });
    });
  });

  var previous = sessionStorage.getItem('partner-result');
  if (previous) {
    sessionStorage.removeItem('partner-result');
    result.textContent = previous;
    result.hidden = false;
  }
})();
