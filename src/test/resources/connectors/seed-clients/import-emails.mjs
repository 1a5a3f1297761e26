const endpoint = "https://prologbooks.com/api/v1/connectors/import-emails.php";
const apiKey = "YOUR_CONNECTOR_API_KEY";
const payload = {
emails: [
"pilot.one@example.com",
"pilot.two@example.com",
{ email: "pilot.three@example.com" },
],
remove_emails: [
"former.pilot@example.com",
],
};
const response = await fetch(endpoint, {
method: "POST",
headers: {
Authorization: `Bearer ${apiKey}`,
Accept: "application/json",
"Content-Type": "application/json",
},
body: JSON.stringify(payload),
});
console.log(response.status);
console.log(await response.text());
