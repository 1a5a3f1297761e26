<?php
declare(strict_types=1);
$endpoint = 'https://prologbooks.com/api/v1/connectors/import-emails.php';
$apiKey = 'YOUR_CONNECTOR_API_KEY';
$payload = json_encode([
'emails' => [
'pilot.one@example.com',
'pilot.two@example.com',
['email' => 'pilot.three@example.com'],
],
'remove_emails' => [
'former.pilot@example.com',
],
], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
$ch = curl_init($endpoint);
curl_setopt_array($ch, [
CURLOPT_POST => true,
CURLOPT_RETURNTRANSFER => true,
CURLOPT_HTTPHEADER => [
'Authorization: Bearer ' . $apiKey,
'Accept: application/json',
'Content-Type: application/json',
'Content-Length: ' . strlen((string) $payload),
],
CURLOPT_POSTFIELDS => $payload,
CURLOPT_TIMEOUT => 20,
]);
$responseBody = curl_exec($ch);
$responseCode = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
$curlError = curl_error($ch);
curl_close($ch);
if ($responseBody === false) {
throw new RuntimeException('Request failed: ' . $curlError);
}
echo "HTTP {$responseCode}\n";
echo $responseBody . "\n";
