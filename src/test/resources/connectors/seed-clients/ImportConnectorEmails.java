import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
public class ImportConnectorEmails
{
public static void main(String[] args) throws Exception
{
String endpoint = "https://prologbooks.com/api/v1/connectors/import-emails.php";
String apiKey = "YOUR_CONNECTOR_API_KEY";
String payload = """
{
"emails": [
"pilot.one@example.com",
"pilot.two@example.com",
{ "email": "pilot.three@example.com" }
],
"remove_emails": [
"former.pilot@example.com"
]
}
""";
HttpRequest request = HttpRequest.newBuilder()
.uri(URI.create(endpoint))
.header("Authorization", "Bearer " + apiKey)
.header("Accept", "application/json")
.header("Content-Type", "application/json")
.POST(HttpRequest.BodyPublishers.ofString(payload))
.build();
HttpClient client = HttpClient.newHttpClient();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.statusCode());
System.out.println(response.body());
}
}
