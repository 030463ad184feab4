// Runs the ISV onboarding of one customer with the real `twilio` npm client against the emulator: in the customer's
// subaccount (the parent's token, the subaccount SID as user), an Address, the address document, the end users, a
// Secondary Customer Profile assigned the parent's Primary profile, an evaluation, the submission and the review.
// Also the mistake of pointing the document at the parent's address. Prints one JSON object on stdout.
// Configuration from the environment: EMULATOR_URL, ACCOUNT_SID, AUTH_TOKEN, SEED (the emulator's seed info in JSON);
// NODE_PATH must name eng/node/node_modules.
'use strict';
const twilio = require('twilio');

const base = process.env.EMULATOR_URL.replace(/\/$/, '');
const seed = JSON.parse(process.env.SEED);
const SECONDARY_PROFILE = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';

// The documented redirect: subclass RequestClient and rewrite the request URI to the emulator.
class EmulatorRequestClient extends twilio.RequestClient {
  request(opts) {
    opts.uri = opts.uri.replace(/^https:\/\/[a-z0-9.-]+\.twilio\.com/, base);
    return super.request(opts);
  }
}

const customer = twilio(seed.subaccountSid, process.env.AUTH_TOKEN, { httpClient: new EmulatorRequestClient() });
const steps = [];
const step = (name, value) => { steps.push({ name, ...value }); return value; };

async function mistake(name, action) {
  try {
    const result = await action();
    step(name, { threw: false, result: result && result.sid });
  } catch (e) {
    step(name, { threw: true, restException: e instanceof twilio.RestException, status: e.status, code: e.code, message: e.message });
  }
}

async function isv() {
  const address = await customer.addresses.create({
    customerName: 'Acme Corp', street: '100 Congress Avenue', city: 'Austin', region: 'TX', postalCode: '78701', isoCountry: 'US',
    friendlyName: 'Acme headquarters', autoCorrectAddress: false,
  });
  step('address', { sid: address.sid, accountSid: address.accountSid, city: address.city });
  const addresses = await customer.addresses.list();
  step('list addresses', { count: addresses.length });
  const document = await customer.trusthub.v1.supportingDocuments.create({
    friendlyName: 'Acme address', type: 'customer_profile_address', attributes: { address_sids: address.sid },
  });
  step('address document', { sid: document.sid, addressSids: document.attributes.address_sids });
  const profile = await customer.trusthub.v1.customerProfiles.create({ friendlyName: 'Acme secondary', email: 'isv@example.com', policySid: SECONDARY_PROFILE });
  step('secondary profile', { sid: profile.sid, status: profile.status, accountSid: profile.accountSid });
  const business = await customer.trusthub.v1.endUsers.create({
    type: 'customer_profile_business_information', friendlyName: 'Acme business',
    attributes: {
      business_name: 'Acme Corp', business_type: 'Corporation', business_registration_identifier: 'EIN', business_registration_number: '98-7654321',
      business_identity: 'direct_customer', business_industry: 'RETAIL', business_regions_of_operation: 'USA_AND_CANADA', website_url: 'https://acme.example.com',
    },
  });
  const representative = await customer.trusthub.v1.endUsers.create({
    type: 'authorized_representative_1', friendlyName: 'Acme representative',
    attributes: { first_name: 'Wile', last_name: 'Coyote', email: 'wile@acme.example.com', phone_number: '+15125550100', business_title: 'CEO', job_position: 'CEO' },
  });
  for (const objectSid of [business.sid, representative.sid, document.sid, seed.primaryBusinessProfileSid]) {
    await customer.trusthub.v1.customerProfiles(profile.sid).customerProfilesEntityAssignments.create({ objectSid });
  }
  const assigned = await customer.trusthub.v1.customerProfiles(profile.sid).customerProfilesEntityAssignments.list();
  step('assigned', { count: assigned.length, primary: assigned.some(a => a.objectSid === seed.primaryBusinessProfileSid) });
  const evaluation = await customer.trusthub.v1.customerProfiles(profile.sid).customerProfilesEvaluations.create({ policySid: SECONDARY_PROFILE });
  step('evaluation', { status: evaluation.status });
  const submitted = await customer.trusthub.v1.customerProfiles(profile.sid).update({ status: 'pending-review' });
  step('submitted', { status: submitted.status });
  const reviewed = await customer.trusthub.v1.customerProfiles(profile.sid).fetch();
  step('after review', { status: reviewed.status });
  await mistake('document naming the parent address', () => customer.trusthub.v1.supportingDocuments.create({
    friendlyName: 'wrong address', type: 'customer_profile_address', attributes: { address_sids: seed.addressSid },
  }));
}

isv()
  .then(() => console.log(JSON.stringify({ ok: true, steps })))
  .catch(e => { console.log(JSON.stringify({ ok: false, steps, error: String(e && e.stack || e), code: e && e.code, status: e && e.status })); process.exitCode = 1; });
