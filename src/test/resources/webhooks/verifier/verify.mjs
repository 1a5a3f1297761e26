// Reads {"secret", "headers", "body"} as JSON on standard input and verifies the delivery with the standardwebhooks
// library, as a receiver would: prints the verified payload and exits 0, or prints why and exits 1.
import { Webhook } from "standardwebhooks";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) {
  input += chunk;
}
const { secret, headers, body } = JSON.parse(input);
try {
  const payload = new Webhook(secret).verify(body, headers);
  console.log(JSON.stringify(payload));
} catch (error) {
  console.error("not verified: " + error.message);
  process.exit(1);
}
