curl -X POST https://prologbooks.com/api/v1/connectors/import-emails.php \
-H "Authorization: Bearer YOUR_CONNECTOR_API_KEY" \
-H "Accept: application/json" \
-H "Content-Type: application/json" \
--data '{
"emails": [
"pilot.one@example.com",
"pilot.two@example.com",
{
"email": "pilot.three@example.com"
}
],
"remove_emails": [
"former.pilot@example.com"
]
}'
