import requests
endpoint = "https://prologbooks.com/api/v1/connectors/import-emails.php"
api_key = "YOUR_CONNECTOR_API_KEY"
payload = {
"emails": [
"pilot.one@example.com",
"pilot.two@example.com",
{"email": "pilot.three@example.com"},
],
"remove_emails": [
"former.pilot@example.com",
],
}
response = requests.post(
endpoint,
headers={
"Authorization": f"Bearer {api_key}",
"Accept": "application/json",
"Content-Type": "application/json",
},
json=payload,
timeout=20,
)
print(response.status_code)
print(response.text)
