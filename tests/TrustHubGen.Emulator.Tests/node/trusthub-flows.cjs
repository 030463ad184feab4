// Runs the documented Trust Hub flows with the real `twilio` npm client against the emulator and prints one JSON
// object on stdout. Usage: node trusthub-flows.cjs cnam|shaken|mistakes; configuration comes from the environment
// (EMULATOR_URL, ACCOUNT_SID, AUTH_TOKEN, SEED as the emulator's seed info in JSON). NODE_PATH must name
// eng/node/node_modules so `require('twilio')` resolves to the pinned client.
'use strict';
const twilio = require('twilio');

const base = process.env.EMULATOR_URL.replace(/\/$/, '');
const seed = JSON.parse(process.env.SEED);
const CNAM = 'RNf3db3cd1fe25fcfd3c3ded065c8fea53';
const SHAKEN_STIR = 'RN7a97559effdf62d00f4298208492a5ea';
const PRIMARY_PROFILE = 'RN6433641899984f951173ef1738c3bdd0';

// The documented redirect: subclass RequestClient and rewrite the request URI to the emulator.
class EmulatorRequestClient extends twilio.RequestClient {
  request(opts) {
    opts.uri = opts.uri.replace(/^https:\/\/[a-z0-9.-]+\.twilio\.com/, base);
    return super.request(opts);
  }
}

const client = (user, password) => twilio(user, password, { httpClient: new EmulatorRequestClient() });
const parent = client(process.env.ACCOUNT_SID, process.env.AUTH_TOKEN);
const steps = [];
const step = (name, value) => { steps.push({ name, ...value }); return value; };

async function cnam() {
  const profile = seed.primaryBusinessProfileSid;
  const number = seed.numbersNotOnProfile[0];
  const numbers = await parent.api.v2010.accounts(process.env.ACCOUNT_SID).incomingPhoneNumbers.list({ phoneNumber: number.phoneNumber });
  step('find number', { count: numbers.length, sid: numbers[0].sid });
  const onProfile = await parent.trusthub.v1.customerProfiles(profile).customerProfilesChannelEndpointAssignment
    .create({ channelEndpointType: 'phone-number', channelEndpointSid: number.sid });
  step('1 number on profile', { sid: onProfile.sid, channelEndpointSid: onProfile.channelEndpointSid });
  const product = await parent.trusthub.v1.trustProducts.create({ friendlyName: 'Owl CNAM', email: 'ops@owl.example.com', policySid: CNAM });
  step('2 trust product', { sid: product.sid, status: product.status, policySid: product.policySid });
  const profileAssignment = await parent.trusthub.v1.trustProducts(product.sid).trustProductsEntityAssignments.create({ objectSid: profile });
  step('3 profile assigned', { sid: profileAssignment.sid, objectSid: profileAssignment.objectSid });
  const endUser = await parent.trusthub.v1.endUsers.create({ type: 'cnam_information', friendlyName: 'Owl CNAM name', attributes: { cnam_display_name: 'Owl Industries' } });
  step('4 end user', { sid: endUser.sid, type: endUser.type, displayName: endUser.attributes.cnam_display_name });
  const endUserAssignment = await parent.trusthub.v1.trustProducts(product.sid).trustProductsEntityAssignments.create({ objectSid: endUser.sid });
  step('5 end user assigned', { sid: endUserAssignment.sid, objectSid: endUserAssignment.objectSid });
  const numberAssignment = await parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment
    .create({ channelEndpointType: 'phone-number', channelEndpointSid: number.sid });
  step('6 number assigned', { sid: numberAssignment.sid, channelEndpointSid: numberAssignment.channelEndpointSid });
  const submitted = await parent.trusthub.v1.trustProducts(product.sid).update({ status: 'pending-review' });
  step('7 submitted', { status: submitted.status });
  const evaluation = await parent.trusthub.v1.trustProducts(product.sid).trustProductsEvaluations.create({ policySid: CNAM });
  step('evaluation', { status: evaluation.status, sid: evaluation.sid });
  const fetched = await parent.trusthub.v1.trustProducts(product.sid).fetch();
  step('after review', { status: fetched.status });
  const assigned = await parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment.list();
  step('list product numbers', { count: assigned.length });
  const profileNumbers = await parent.trusthub.v1.customerProfiles(profile).customerProfilesChannelEndpointAssignment.list({ pageSize: 5 });
  step('list profile numbers', { count: profileNumbers.length });
  const products = await parent.trusthub.v1.trustProducts.list();
  step('list trust products', { count: products.length });
}

async function shaken() {
  const profile = seed.primaryBusinessProfileSid;
  const accounts = await parent.api.v2010.accounts.list();
  step('list accounts', { sids: accounts.map(a => a.sid) });
  // The subaccount's numbers, read as the SDKs do: subaccount SID as user, the parent's token as password.
  const asSub = client(seed.subaccountSid, process.env.AUTH_TOKEN);
  const subNumbers = await asSub.incomingPhoneNumbers.list();
  step('subaccount numbers', { count: subNumbers.length });
  for (const n of subNumbers) {
    await parent.trusthub.v1.customerProfiles(profile).customerProfilesChannelEndpointAssignment.create({ channelEndpointType: 'phone-number', channelEndpointSid: n.sid });
  }
  step('1 numbers on profile', { count: subNumbers.length });
  const product = await parent.trusthub.v1.trustProducts.create({ friendlyName: 'Owl SHAKEN/STIR', email: 'ops@owl.example.com', policySid: SHAKEN_STIR, statusCallback: 'http://127.0.0.1:9/status' });
  step('2 trust product', { sid: product.sid, status: product.status, policySid: product.policySid, statusCallback: product.statusCallback });
  const assignment = await parent.trusthub.v1.trustProducts(product.sid).trustProductsEntityAssignments.create({ objectSid: profile });
  step('3 profile assigned', { objectSid: assignment.objectSid });
  const first = await parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment.create({ channelEndpointType: 'phone-number', channelEndpointSid: subNumbers[0].sid });
  step('4 number before submission', { channelEndpointSid: first.channelEndpointSid });
  const submitted = await parent.trusthub.v1.trustProducts(product.sid).update({ status: 'pending-review' });
  step('5 submitted', { status: submitted.status });
  const fetched = await parent.trusthub.v1.trustProducts(product.sid).fetch();
  step('after review', { status: fetched.status });
  const later = await parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment.create({ channelEndpointType: 'phone-number', channelEndpointSid: subNumbers[1].sid });
  step('4 number after submission', { channelEndpointSid: later.channelEndpointSid });
  const all = await parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment.list();
  step('list product numbers', { count: all.length });
}

async function mistake(name, action) {
  try {
    const result = await action();
    step(name, { threw: false, result: result && result.sid });
  } catch (e) {
    step(name, { threw: true, restException: e instanceof twilio.RestException, status: e.status, code: e.code, message: e.message, moreInfo: e.moreInfo });
  }
}

async function mistakes() {
  const profile = seed.primaryBusinessProfileSid;
  const product = await parent.trusthub.v1.trustProducts.create({ friendlyName: 'Owl CNAM', email: 'ops@owl.example.com', policySid: CNAM });
  await parent.trusthub.v1.trustProducts(product.sid).trustProductsEntityAssignments.create({ objectSid: profile });
  await mistake('phone_number type', () => parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment
    .create({ channelEndpointType: 'phone_number', channelEndpointSid: seed.numbersOnProfile[0].sid }));
  await mistake('number not on profile', () => parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment
    .create({ channelEndpointType: 'phone-number', channelEndpointSid: seed.numbersNotOnProfile[1].sid }));
  await mistake('wrong policy', () => parent.trusthub.v1.trustProducts.create({ friendlyName: 'Owl', email: 'ops@owl.example.com', policySid: PRIMARY_PROFILE }));
  await mistake('16-char display name', () => parent.trusthub.v1.endUsers.create({ type: 'cnam_information', friendlyName: 'name', attributes: { cnam_display_name: 'Owl Industries X' } }));
  await mistake('toll-free number on CNAM', () => parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment
    .create({ channelEndpointType: 'phone-number', channelEndpointSid: seed.tollFreeNumber.sid }));
  await mistake('client sets twilio-approved', () => parent.trusthub.v1.trustProducts(product.sid).update({ status: 'twilio-approved' }));
  const endUser = await parent.trusthub.v1.endUsers.create({ type: 'cnam_information', friendlyName: 'name', attributes: { cnam_display_name: 'Owl Industries' } });
  await parent.trusthub.v1.trustProducts(product.sid).trustProductsEntityAssignments.create({ objectSid: endUser.sid });
  await parent.trusthub.v1.trustProducts(product.sid).trustProductsChannelEndpointAssignment.create({ channelEndpointType: 'phone-number', channelEndpointSid: seed.numbersOnProfile[0].sid });
  const submitted = await parent.trusthub.v1.trustProducts(product.sid).update({ status: 'pending-review' });
  step('submitted', { status: submitted.status });
  await mistake('editing in review', () => parent.trusthub.v1.trustProducts(product.sid).update({ friendlyName: 'renamed' }));
  await mistake('placeholder sid', () => parent.trusthub.v1.trustProducts('BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa').fetch());
  await mistake('wrong token', () => client(process.env.ACCOUNT_SID, 'wrong').trusthub.v1.trustProducts.list());
}

const modes = { cnam, shaken, mistakes };
modes[process.argv[2]]()
  .then(() => console.log(JSON.stringify({ ok: true, steps })))
  .catch(e => { console.log(JSON.stringify({ ok: false, steps, error: String(e && e.stack || e), code: e && e.code, status: e && e.status })); process.exitCode = 1; });
