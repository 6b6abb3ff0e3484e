// Self-test of the FHIR test server: `node --test` (from this folder, after `npm ci`).
// Starts server.mjs on a free port with a small generated bundle and checks the
// behaviours carebrief's integration tests rely on.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const PAT = '11111111-1111-4111-8111-111111111111';
const PAT2 = '22222222-2222-4222-8222-222222222222';
const MED = '33333333-3333-4333-8333-333333333333';
const PRAC = '44444444-4444-4444-8444-444444444444';
const ROLE = '55555555-5555-4555-8555-555555555555';

function fixtureBundle() {
  const entry = [
    { fullUrl: `urn:uuid:${PAT}`, resource: { resourceType: 'Patient', id: PAT, name: [{ family: 'Doe' }] } },
    { resource: { resourceType: 'Patient', id: PAT2, name: [{ family: 'Roe' }] } },
  ];
  // MedicationRequests before their Medication: load order does not matter.
  for (let i = 0; i < 5; i++) {
    entry.push({
      resource: {
        resourceType: 'MedicationRequest',
        id: `aaaaaaa${i}-0000-4000-8000-000000000000`,
        status: 'active',
        intent: 'order',
        medicationReference: { reference: `Medication/${MED}` },
        subject: { reference: `Patient/${PAT}` },
        requester: { reference: `Practitioner/${PRAC}` },
      },
    });
  }
  entry.push({
    resource: {
      resourceType: 'MedicationRequest',
      id: 'dangling-0000-4000-8000-000000000000',
      status: 'active',
      intent: 'order',
      medicationReference: { reference: 'Medication/does-not-exist' },
      subject: { reference: `Patient/${PAT2}` },
    },
  });
  entry.push({ resource: { resourceType: 'Medication', id: MED, code: { text: 'amlodipine 5 mg' } } });
  entry.push({ resource: { resourceType: 'Practitioner', id: PRAC, name: [{ family: 'Welby' }] } });
  entry.push({
    resource: { resourceType: 'PractitionerRole', id: ROLE, practitioner: { reference: `Practitioner/${PRAC}` } },
  });
  // DocumentReferences: authored by the Practitioner, by a PractitionerRole, and with
  // authors that cannot be included (dangling, contained, absolute URL).
  const doc = (id, author) => ({
    resource: {
      resourceType: 'DocumentReference',
      id,
      status: 'current',
      subject: { reference: `Patient/${PAT}` },
      author,
      content: [{ attachment: { contentType: 'text/plain', data: 'aGk=' } }],
    },
  });
  entry.push(doc('doc-1', [{ reference: `Practitioner/${PRAC}` }]));
  entry.push(doc('doc-2', [{ reference: `Practitioner/${PRAC}` }, { reference: `PractitionerRole/${ROLE}` }]));
  entry.push(
    doc('doc-3', [
      { reference: 'Practitioner/missing' },
      { reference: '#contained-author' },
      { reference: 'http://elsewhere.example/fhir/Practitioner/1' },
    ])
  );
  for (let i = 0; i < 7; i++) {
    entry.push({
      resource: {
        resourceType: 'Observation',
        id: `cccccc0${i}-0000-4000-8000-000000000000`,
        status: 'final',
        category: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/observation-category',
                code: i < 4 ? 'laboratory' : 'vital-signs',
              },
            ],
          },
        ],
        code: { text: 'x' },
        subject: { reference: `Patient/${PAT}` },
        effectiveDateTime: `2024-01-0${i + 1}`,
      },
    });
  }
  return { resourceType: 'Bundle', type: 'collection', entry };
}

let child;
let base;
let tmp;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fhir-server-smoke-'));
  fs.writeFileSync(path.join(tmp, 'patients.json'), JSON.stringify(fixtureBundle()));
  child = spawn(process.execPath, [path.join(here, 'server.mjs'), '--port', '0', '--load', tmp], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(buf.slice(0, buf.indexOf('\n')));
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
  const ready = JSON.parse(line);
  assert.equal(ready.ready, true);
  assert.equal(ready.base, `http://127.0.0.1:${ready.port}/fhir/R4`);
  base = ready.base;
});

after(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.stdin.end(); // closing stdin must stop the server
    await exited;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function req(method, url, body, headers = {}) {
  const res = await fetch(url.startsWith('http') ? url : base + url, {
    method,
    headers: { 'content-type': 'application/fhir+json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.match(res.headers.get('content-type') ?? '', /^application\/fhir\+json/);
  return { status: res.status, headers: res.headers, json: await res.json() };
}

async function followAll(url) {
  const ids = [];
  const pages = [];
  while (url) {
    const { status, json } = await req('GET', url);
    assert.equal(status, 200);
    pages.push(json);
    assert.ok(json.link.find((l) => l.relation === 'self'));
    ids.push(...(json.entry ?? []).filter((e) => e.search.mode === 'match').map((e) => e.resource.id));
    url = json.link.find((l) => l.relation === 'next')?.url;
  }
  return { ids, pages };
}

test('read keeps fixture ids and adds meta', async () => {
  const { status, json, headers } = await req('GET', `/Patient/${PAT}`);
  assert.equal(status, 200);
  assert.equal(json.id, PAT);
  assert.ok(json.meta.versionId && json.meta.lastUpdated);
  assert.equal(headers.get('etag'), `W/"${json.meta.versionId}"`);
});

test('paging with _count follows next links to the end', async () => {
  const { ids, pages } = await followAll(`${base}/Observation?patient=Patient/${PAT}&_count=2`);
  assert.equal(pages.length, 4);
  assert.equal(new Set(ids).size, 7);
  assert.ok(pages.every((p) => p.total === 7));
  assert.match(pages[0].link.find((l) => l.relation === 'next').url, /^http:\/\/127\.0\.0\.1:\d+\/fhir\/R4\/Observation\?/);
});

test('bare id, subject:Patient and category searches', async () => {
  assert.equal((await req('GET', `/Observation?subject=${PAT}&_summary=count`)).json.total, 7);
  assert.equal((await req('GET', `/Observation?subject:Patient=${PAT}&_summary=count`)).json.total, 7);
  const lab = await req('GET', `/Observation?patient=${PAT}&category=laboratory`);
  assert.equal(lab.json.total, 4);
  const vs = await req(
    'GET',
    `/Observation?patient=${PAT}&category=${encodeURIComponent('http://terminology.hl7.org/CodeSystem/observation-category|vital-signs')}`
  );
  assert.equal(vs.json.total, 3);
});

test('_summary=count and _total=accurate', async () => {
  const c = await req('GET', `/Observation?patient=${PAT}&_summary=count`);
  assert.equal(c.json.total, 7);
  assert.equal(c.json.entry, undefined);
  const t = await req('GET', `/Observation?patient=${PAT}&_total=accurate&_count=1`);
  assert.equal(t.json.total, 7);
  assert.equal(t.json.entry.length, 1);
});

test('default page size is 20 when _count is absent', async () => {
  for (let i = 0; i < 25; i++) {
    await req('PUT', `/Organization/org-${i}`, { resourceType: 'Organization', id: `org-${i}`, name: `Org ${i}` });
  }
  const first = await req('GET', '/Organization');
  assert.equal(first.json.total, 25);
  assert.equal(first.json.entry.length, 20);
  const { ids } = await followAll(`${base}/Organization`);
  assert.equal(new Set(ids).size, 25);
});

test('_include=MedicationRequest:medication, across pages, dangling refs skipped', async () => {
  const { pages } = await followAll(`${base}/MedicationRequest?patient=${PAT}&_include=MedicationRequest:medication&_count=2`);
  assert.equal(pages.length, 3);
  for (const p of pages) {
    assert.equal(p.total, 5);
    const inc = p.entry.filter((e) => e.search.mode === 'include');
    assert.deepEqual(
      inc.map((e) => e.resource.resourceType + '/' + e.resource.id),
      [`Medication/${MED}`]
    );
    for (const l of p.link) assert.match(l.url, /_include=MedicationRequest%3Amedication/);
  }
  const dangling = await req('GET', `/MedicationRequest?patient=${PAT2}&_include=MedicationRequest:medication`);
  assert.equal(dangling.status, 200);
  assert.equal(dangling.json.entry.length, 1);
});

test('_include: matches first, includes after, with fullUrl; total and paging unaffected', async () => {
  const r = await req('GET', `/MedicationRequest?patient=${PAT}&_include=MedicationRequest:medication&_count=5`);
  assert.equal(r.status, 200);
  assert.equal(r.json.total, 5);
  assert.equal(r.json.link.find((l) => l.relation === 'next'), undefined);
  const modes = r.json.entry.map((e) => e.search.mode);
  assert.deepEqual(modes, ['match', 'match', 'match', 'match', 'match', 'include']);
  const inc = r.json.entry[5];
  assert.equal(inc.fullUrl, `${base}/Medication/${MED}`);
  assert.equal(inc.resource.code.text, 'amlodipine 5 mg');
  for (const e of r.json.entry) assert.equal(e.fullUrl, `${base}/${e.resource.resourceType}/${e.resource.id}`);
});

test('several _include params, and :TargetType', async () => {
  const both = await req(
    'GET',
    `/MedicationRequest?patient=${PAT}&_include=MedicationRequest:medication&_include=MedicationRequest:requester&_count=3`
  );
  assert.equal(both.json.total, 5);
  const inc = both.json.entry.filter((e) => e.search.mode === 'include').map((e) => `${e.resource.resourceType}/${e.resource.id}`);
  assert.deepEqual(inc.sort(), [`Medication/${MED}`, `Practitioner/${PRAC}`]);
  const next = both.json.link.find((l) => l.relation === 'next').url;
  assert.match(next, /_include=MedicationRequest%3Amedication&_include=MedicationRequest%3Arequester/);

  const typed = await req('GET', `/MedicationRequest?patient=${PAT}&_include=MedicationRequest:requester:Practitioner`);
  assert.deepEqual(
    typed.json.entry.filter((e) => e.search.mode === 'include').map((e) => e.resource.id),
    [PRAC]
  );
  const otherType = await req('GET', `/MedicationRequest?patient=${PAT}&_include=MedicationRequest:requester:Organization`);
  assert.equal(otherType.json.entry.filter((e) => e.search.mode === 'include').length, 0);
});

test('_include=DocumentReference:author includes the Practitioner once, skips unresolvable authors', async () => {
  const r = await req('GET', `/DocumentReference?patient=${PAT}&_include=DocumentReference:author`);
  assert.equal(r.status, 200);
  assert.equal(r.json.total, 3);
  const matches = r.json.entry.filter((e) => e.search.mode === 'match');
  const inc = r.json.entry.filter((e) => e.search.mode === 'include');
  assert.equal(matches.length, 3);
  assert.deepEqual(
    inc.map((e) => `${e.resource.resourceType}/${e.resource.id}`),
    [`Practitioner/${PRAC}`, `PractitionerRole/${ROLE}`]
  );
  assert.equal(inc[0].resource.name[0].family, 'Welby');
  assert.equal(inc[0].fullUrl, `${base}/Practitioner/${PRAC}`);

  const onlyPrac = await req('GET', `/DocumentReference?patient=${PAT}&_include=DocumentReference:author:Practitioner`);
  assert.deepEqual(
    onlyPrac.json.entry.filter((e) => e.search.mode === 'include').map((e) => e.resource.resourceType),
    ['Practitioner']
  );

  // paging: includes are per page, and only for that page's matches
  const { pages } = await followAll(`${base}/DocumentReference?patient=${PAT}&_include=DocumentReference:author&_count=1`);
  assert.equal(pages.length, 3);
  assert.deepEqual(
    pages.map((p) => p.entry.filter((e) => e.search.mode === 'include').length),
    [1, 2, 0]
  );
});

test('_include:iterate follows references of included resources', async () => {
  const r = await req(
    'GET',
    `/DocumentReference?_id=doc-2&_include=DocumentReference:author:PractitionerRole&_include:iterate=PractitionerRole:practitioner`
  );
  assert.deepEqual(
    r.json.entry.map((e) => `${e.search.mode} ${e.resource.resourceType}`),
    ['match DocumentReference', 'include PractitionerRole', 'include Practitioner']
  );
});

test('bad _include and _revinclude are rejected with 400', async () => {
  for (const q of [
    '_include=MedicationRequest:nope',
    '_include=MedicationRequest:status',
    '_include=Observation:subject',
    '_include=MedicationRequest:requester:NotAType',
    '_include=nonsense',
    '_revinclude=Provenance:target',
  ]) {
    const r = await req('GET', `/MedicationRequest?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal(r.json.resourceType, 'OperationOutcome');
  }
});

test('conditional create: 201 then 200 with the same resource, then 412 on duplicates', async () => {
  const body = { resourceType: 'Patient', identifier: [{ system: 'urn:smoke', value: 'c1' }] };
  const hdr = { 'if-none-exist': 'identifier=urn:smoke|c1' };
  const a = await req('POST', '/Patient', body, hdr);
  assert.equal(a.status, 201);
  assert.match(a.headers.get('location'), new RegExp(`/fhir/R4/Patient/${a.json.id}/_history/`));
  const b = await req('POST', '/Patient', body, hdr);
  assert.equal(b.status, 200);
  assert.equal(b.json.id, a.json.id);
  assert.equal(b.json.meta.versionId, a.json.meta.versionId);
  assert.equal((await req('GET', '/Patient?identifier=urn:smoke|c1&_summary=count')).json.total, 1);
  assert.equal((await req('POST', '/Patient', body)).status, 201); // unconditional: duplicate
  const c = await req('POST', '/Patient', body, hdr);
  assert.equal(c.status, 412);
  assert.equal(c.json.resourceType, 'OperationOutcome');
});

test('PUT with a client id creates (201) then updates (200)', async () => {
  const r = { resourceType: 'Patient', id: 'client-chosen-id', name: [{ family: 'Put' }] };
  const a = await req('PUT', '/Patient/client-chosen-id', r);
  assert.equal(a.status, 201);
  const b = await req('PUT', '/Patient/client-chosen-id', { ...r, name: [{ family: 'Put2' }] });
  assert.equal(b.status, 200);
  const g = await req('GET', '/Patient/client-chosen-id');
  assert.equal(g.json.name[0].family, 'Put2');
  assert.notEqual(a.json.meta.versionId, b.json.meta.versionId);
});

test('transaction bundle with urn:uuid references', async () => {
  const u = 'urn:uuid:66666666-6666-4666-8666-666666666666';
  const { status, json } = await req('POST', '', {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      { fullUrl: u, resource: { resourceType: 'Patient' }, request: { method: 'POST', url: 'Patient' } },
      {
        resource: { resourceType: 'Condition', subject: { reference: u }, code: { text: 'x' } },
        request: { method: 'POST', url: 'Condition' },
      },
    ],
  });
  assert.equal(status, 200);
  assert.equal(json.type, 'transaction-response');
  const pid = json.entry[0].response.location.split('/')[1];
  assert.equal(json.entry[1].resource.subject.reference, `Patient/${pid}`);
});

test('errors are OperationOutcomes with proper status', async () => {
  assert.equal((await req('GET', '/Patient/nope')).status, 404);
  assert.equal((await req('GET', '/NotAType')).status, 404);
  assert.equal((await req('GET', '/Observation?nonsense=1')).status, 400);
  assert.equal((await req('PUT', '/Patient/a', { resourceType: 'Patient', id: 'b' })).status, 400);
  const bad = await fetch(base + '/Patient', { method: 'POST', body: '{nope' });
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).resourceType, 'OperationOutcome');
});

test('metadata', async () => {
  const { status, json } = await req('GET', '/metadata');
  assert.equal(status, 200);
  assert.equal(json.resourceType, 'CapabilityStatement');
  assert.equal(json.fhirVersion, '4.0.1');
  const mr = json.rest[0].resource.find((r) => r.type === 'MedicationRequest');
  assert.ok(mr.searchInclude.includes('MedicationRequest:medication'));
  assert.equal(mr.searchRevInclude, undefined);
});
