// The documented way, as a baseline for the onboarding benchmark: the CNAM and SHAKEN/STIR doc snippets with the real
// `twilio` npm client, one call at a time, each awaited before the next. Configuration from the environment:
// EMULATOR_URL, ACCOUNT_SID, AUTH_TOKEN, PROFILE_SID, NUMBERS_FILE (a JSON array of PN… SIDs). NODE_PATH must name
// eng/node/node_modules. Prints one JSON line: {"calls":N,"milliseconds":T}.
'use strict';
const fs = require('fs');
const twilio = require('twilio');

const base = process.env.EMULATOR_URL.replace(/\/$/, '');
const profile = process.env.PROFILE_SID;
const numbers = JSON.parse(fs.readFileSync(process.env.NUMBERS_FILE, 'utf8'));
const CNAM = 'RNf3db3cd1fe25fcfd3c3ded065c8fea53';
const SHAKEN_STIR = 'RN7a97559effdf62d00f4298208492a5ea';

// The documented redirect: subclass RequestClient and rewrite the request URI to the emulator.
let calls = 0;
class EmulatorRequestClient extends twilio.RequestClient {
  request(opts) {
    calls++;
    opts.uri = opts.uri.replace(/^https:\/\/[a-z0-9.-]+\.twilio\.com/, base);
    return super.request(opts);
  }
}
const client = twilio(process.env.ACCOUNT_SID, process.env.AUTH_TOKEN, { httpClient: new EmulatorRequestClient() });
const trusthub = client.trusthub.v1;

async function main() {
  const started = process.hrtime.bigint();
  // Step 1 of both flows: every number on the Business Profile.
  for (const sid of numbers) {
    await trusthub.customerProfiles(profile).customerProfilesChannelEndpointAssignment.create({ channelEndpointType: 'phone-number', channelEndpointSid: sid });
  }

  // CNAM: product, profile, end user, end user assignment, numbers, submit.
  const cnam = await trusthub.trustProducts.create({ friendlyName: 'Benchmark CNAM', email: 'ops@example.com', policySid: CNAM });
  await trusthub.trustProducts(cnam.sid).trustProductsEntityAssignments.create({ objectSid: profile });
  const endUser = await trusthub.endUsers.create({ type: 'cnam_information', friendlyName: 'Benchmark CNAM name', attributes: { cnam_display_name: 'OWL INDUSTRIES' } });
  await trusthub.trustProducts(cnam.sid).trustProductsEntityAssignments.create({ objectSid: endUser.sid });
  for (const sid of numbers) {
    await trusthub.trustProducts(cnam.sid).trustProductsChannelEndpointAssignment.create({ channelEndpointType: 'phone-number', channelEndpointSid: sid });
  }
  await trusthub.trustProducts(cnam.sid).update({ status: 'pending-review' });

  // SHAKEN/STIR: product, profile, numbers, submit.
  const shaken = await trusthub.trustProducts.create({ friendlyName: 'Benchmark SHAKEN/STIR', email: 'ops@example.com', policySid: SHAKEN_STIR });
  await trusthub.trustProducts(shaken.sid).trustProductsEntityAssignments.create({ objectSid: profile });
  for (const sid of numbers) {
    await trusthub.trustProducts(shaken.sid).trustProductsChannelEndpointAssignment.create({ channelEndpointType: 'phone-number', channelEndpointSid: sid });
  }
  await trusthub.trustProducts(shaken.sid).update({ status: 'pending-review' });

  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ calls, milliseconds, cnam: cnam.sid, shakenStir: shaken.sid }) + '\n');
}

main().catch(error => {
  process.stderr.write(`documented way failed after ${calls} call(s): ${error.stack || error}\n`);
  process.exit(1);
});
