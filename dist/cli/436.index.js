export const id = 436;
export const ids = [436];
export const modules = {

/***/ 3436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCertificateOperation: () => (/* binding */ runCertificateOperation)
});

// EXTERNAL MODULE: ./src/providers/cdnetworks/auth.ts + 1 modules
var auth = __webpack_require__(4081);
;// CONCATENATED MODULE: ./src/certificates/x509-dates.ts
/**
 * `X509Certificate.validFrom`/`validTo` as epoch ms. They are strings such as
 * `Dec 30 14:23:04 2026 GMT` (OpenSSL's ASN1_TIME_print); `validToDate` would
 * parse them for us, but needs Node 22.10 and cdnkit runs on Node 20 too.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ASN1_TIME = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)? (\d{4}) GMT$/;
/** Epoch ms of an OpenSSL time string; NaN when it is not one. */
function parseX509Time(text) {
    const match = ASN1_TIME.exec(text.trim());
    if (!match)
        return Number.NaN;
    const [, month, day, hours, minutes, seconds, year] = match;
    const monthIndex = MONTHS.indexOf(month);
    if (monthIndex < 0)
        return Number.NaN;
    return Date.UTC(Number(year), monthIndex, Number(day), Number(hours), Number(minutes), Number(seconds));
}
/** ISO 8601 UTC without milliseconds, as every date cdnkit outputs. */
function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/certificates/facts.ts

function certificateFacts(certificate) {
    const commonName = attribute(certificate.subject, 'CN');
    return {
        serial: opensslSerial(certificate.serialNumber),
        fingerprint: certificate.fingerprint256,
        ...(commonName ? { commonName } : {}),
        dnsNames: dnsNames(certificate.subjectAltName),
        issuer: attribute(certificate.issuer, 'CN') ?? certificate.issuer.replace(/\n/g, ', '),
        notBefore: isoSeconds(parseX509Time(certificate.validFrom)),
        notAfter: isoSeconds(parseX509Time(certificate.validTo)),
    };
}
/** Node's serial hex as OpenSSL prints it: upper case, an even number of digits. */
function opensslSerial(hex) {
    const upper = hex.replace(/[^0-9a-f]/gi, '').toUpperCase() || '00';
    return upper.length % 2 === 1 ? `0${upper}` : upper;
}
/** A serial as CDNetworks lists it may differ in case, colons and leading zeros: compare this. */
function comparableSerial(serial) {
    return serial
        .replace(/[^0-9a-f]/gi, '')
        .toLowerCase()
        .replace(/^0+(?=.)/, '');
}
/** `<CN or first SAN, * as wildcard>-<serial>`: unique per certificate, readable in a panel. */
function defaultCertificateName(facts) {
    const subject = facts.commonName ?? facts.dnsNames[0] ?? 'certificate';
    const readable = subject
        .replace(/\*/g, 'wildcard')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .slice(0, 120);
    return `${readable}-${facts.serial}`;
}
/** The DNS names of Node's `subjectAltName` (`DNS:a.com, DNS:"quoted, name", IP Address:…`). */
function dnsNames(subjectAltName) {
    if (!subjectAltName)
        return [];
    const names = [];
    for (const match of subjectAltName.matchAll(/(?:^|, )DNS:(?:"((?:[^"\\]|\\.)*)"|([^,]*))/g)) {
        const name = (match[1] ?? match[2] ?? '').trim();
        if (name)
            names.push(name);
    }
    return names;
}
function attribute(distinguishedName, key) {
    for (const line of distinguishedName.split('\n')) {
        const [name, ...rest] = line.split('=');
        if (name === key && rest.length > 0)
            return rest.join('=');
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/providers/certificates.ts
function isCertificateManager(reader) {
    return 'upload' in reader;
}
/** Provider text for names and ids: a string of one line, at most `max` characters; else undefined. */
function providerText(value, max = 200) {
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    if (typeof value !== 'string')
        return undefined;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a name with a line break must not reach the log as two lines
    const line = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    if (line === '')
        return undefined;
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
/** A provider date as ISO 8601 UTC without milliseconds; undefined when unreadable. */
function isoOrUndefined(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./src/providers/cdnetworks/limits.ts
var limits = __webpack_require__(4787);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/certificates.ts
/**
 * CDNetworks certificates and their binding to domains (certificates.md;
 * `cdnetworks-api/cdnetworks-sdk-go` `cdnetworks/certificationmanage/` and
 * `cdnetworks/domainconfigurtion/`: READMEs and `models.go`). Two rules hold
 * for every call: an empty `certificateId` is never sent (it unbinds, "置空时为
 * 取消关联证书"), and no path that answers with a private key is ever called.
 */




/** Every certificate path, in one place. */
const CDNETWORKS_CERTIFICATE_PATHS = {
    /** GET: `ssl-certificates[]` (SDK; the spec says `ssl-certificate`): id, serial, CST validity, related domains */
    list: '/api/ssl/certificate',
    /** POST {name, certificate, privateKey}: the id is the last segment of `Location` */
    create: '/api/certificate',
    /** DELETE: `code` 0; refused while in use */
    certificate: (id) => `/api/certificate/${encodeURIComponent(id)}`,
    /** GET: data.domains[] {domainId, domainName} */
    domains: (id) => `/api/certificate/${encodeURIComponent(id)}/domain`,
    /** GET: data.certificateId; PUT {"certificateId":"N"} binds (202, x-cnc-request-id) */
    domainCertificate: (domain) => `/api/config/certificate/${encodeURIComponent(domain)}`,
    /** PUT {"certificateId":N,"domainNames":[...]} */
    batch: '/api/config/certificate/batch',
    /** GET: `cname-label`, `status` (Deployed | InProgress), `ssl` */
    domain: (domain) => `/api/domain/${encodeURIComponent(domain)}`,
    /** POST (SDK README; GET on 405, inferred): `async-result` WAIT | INPROGRESS | SUCCESS | FAIL */
    deployRequest: (requestId) => `/api/request/${encodeURIComponent(requestId)}`,
};
/** Paths that answer with private keys: never called, whatever else changes. */
const KEY_RETURNING_PATHS = [
    /^\/api\/ssl\/content/,
    /^\/api\/terraform\/certificate/,
    /^\/api\/certificate\/[^/]+\/content/,
];
/** CDNetworks validity times are CST (UTC+8) `YYYY-MM-DD HH:MM:SS` (SDK models.go; certimate). */
const CST_OFFSET_MS = 8 * 3600_000;
const CST_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
class CdnetworksCertificates {
    http;
    options;
    provider = 'cdnetworks';
    constructor(http, options) {
        this.http = http;
        this.options = options;
    }
    async list() {
        const { body } = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.list);
        const items = body?.['ssl-certificates'] ?? body?.['ssl-certificate'];
        return (Array.isArray(items) ? items : []).flatMap((item) => toStored(item) ?? []);
    }
    async get(id) {
        const found = (await this.list()).find((certificate) => certificate.id === id);
        if (!found) {
            throw new errors/* ProviderError */.mZ('cdnetworks', `no certificate has the id ${id}`, {
                action: `GET ${CDNETWORKS_CERTIFICATE_PATHS.list}`,
            });
        }
        return found;
    }
    /** The same serial (lower case, no colons or leading zeros) is the same certificate. */
    matches(stored, local) {
        return (stored.serial !== undefined &&
            comparableSerial(stored.serial) === comparableSerial(local.serial));
    }
    async upload(upload) {
        const path = CDNETWORKS_CERTIFICATE_PATHS.create;
        const response = await this.call('POST', path, {
            name: upload.name,
            certificate: upload.certificatePem,
            privateKey: upload.privateKeyPem,
        }, 'throttled-only');
        const location = header(response, 'location');
        const id = location
            ?.replace(/[?#].*$/, '')
            .split('/')
            .filter(Boolean)
            .pop();
        if (!id || !/^[\w.-]+$/.test(id)) {
            throw new errors/* ProviderError */.mZ('cdnetworks', `the answer carries no certificate id in its Location header, although certificate '${upload.name}' may have been created: run list-certificates`, { status: response.status, requestId: response.requestId, action: `POST ${path}` });
        }
        return { id, name: upload.name, automated: false };
    }
    async usage(id) {
        const path = CDNETWORKS_CERTIFICATE_PATHS.domains(id);
        const response = await this.call('GET', path);
        this.expectCodeZero(response, path);
        const domains = response.body?.data?.domains;
        return (Array.isArray(domains) ? domains : [])
            .map((domain) => providerText(domain?.domainName, 253))
            .filter((name) => name !== undefined)
            .map((name) => `domain ${name}`);
    }
    async delete(id) {
        const path = CDNETWORKS_CERTIFICATE_PATHS.certificate(id);
        this.expectCodeZero(await this.call('DELETE', path), path);
    }
    /** `resource`: one or more domains, comma-separated; a wildcard domain is written `.a.com`. */
    async targets(resource) {
        const targets = [];
        for (const domain of parseCertificateDomains(resource)) {
            const config = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.domainCertificate(domain));
            const info = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.domain(domain));
            targets.push(toTarget(domain, config.body?.data?.certificateId, info.body ?? {}));
        }
        return targets;
    }
    /** One domain: `PUT /api/config/certificate/{d}`; several: the batch call. Never an empty id. */
    async bind(targets, certificateId) {
        if (!/^\d+$/.test(certificateId)) {
            // an empty certificateId unbinds the domain: refuse before anything is sent
            throw new Error(`refusing to bind certificate id '${certificateId}': CDNetworks takes an empty or invalid certificateId as "unbind"`);
        }
        if (targets.length === 0)
            throw new Error('no CDNetworks domain to bind the certificate to');
        const response = targets.length === 1
            ? await this.call('PUT', CDNETWORKS_CERTIFICATE_PATHS.domainCertificate(targets[0].id), {
                certificateId,
            })
            : await this.call('PUT', CDNETWORKS_CERTIFICATE_PATHS.batch, {
                certificateId: Number(certificateId),
                domainNames: targets.map((target) => target.id),
            });
        return {
            certificateId,
            targets,
            ...(response.requestId ? { requestId: response.requestId } : {}),
        };
    }
    /** The bind's deploy request first, then each domain's certificate and `Deployed` status. */
    async bindingState(receipt) {
        const request = receipt.requestId ? await this.deployRequest(receipt.requestId) : undefined;
        if (request && request.state !== 'done') {
            return receipt.targets.map((target) => ({ target, ...request }));
        }
        const current = await this.targets(receipt.targets.map((target) => target.id).join(','));
        return current.map((target) => {
            const state = target.certificateId !== receipt.certificateId || target.state === 'Reviewing'
                ? 'failed'
                : target.state === 'Deployed'
                    ? 'done'
                    : 'pending';
            return {
                target,
                state,
                detail: `certificate ${target.certificateId ?? 'none'}, status ${target.state ?? 'unknown'}`,
            };
        });
    }
    async deployRequest(requestId) {
        const path = CDNETWORKS_CERTIFICATE_PATHS.deployRequest(requestId);
        let response;
        try {
            response = await this.call('POST', path);
        }
        catch (error) {
            if (!(error instanceof errors/* ProviderError */.mZ) || error.status !== 405)
                throw error;
            response = await this.call('GET', path);
        }
        const result = providerText(response.body?.['async-result']) ?? 'unknown';
        const message = providerText(response.body?.['async-message']);
        const state = result === 'SUCCESS' ? 'done' : result === 'FAIL' ? 'failed' : 'pending';
        return {
            state,
            detail: `deploy request ${requestId}: ${result}${message ? ` (${message})` : ''}`,
        };
    }
    call(method, path, body, retry = method === 'GET' ? 'always' : 'throttled-only') {
        if (KEY_RETURNING_PATHS.some((pattern) => pattern.test(path)))
            throw new Error(`refusing to call ${path}: it answers with private keys`);
        return this.http.request({
            method,
            path,
            body,
            retry,
            limits: this.limits(method, path),
            authorize: this.options.sign.authorize,
            authorizeTickMs: this.options.sign.tickMs,
        });
    }
    /** The account limit, and the per-interface one keyed by the path with its id left out. */
    limits(method, path) {
        const template = path.replace(/\/[^/]*\d[^/]*(?=\/|$)/g, '/{id}');
        return [
            (0,limits/* accountLimit */.jo)(this.options.account),
            (0,limits/* endpointLimit */.hX)(this.options.account, `${method} ${template}`),
        ];
    }
    /** Certificate calls answer `{ code, message }`, `code` 0 for success (SDK models.go). */
    expectCodeZero(response, path) {
        const body = response.body;
        if (body?.code === undefined || body.code === 0 || body.code === '0')
            return;
        throw new errors/* ProviderError */.mZ('cdnetworks', `${providerText(body.message) ?? 'the call failed'} (code ${providerText(body.code) ?? '?'})`, { status: response.status, requestId: response.requestId, action: path });
    }
}
/** `a.com, .b.com`: domains as CDNetworks names them (a leading dot for a wildcard domain). */
function parseCertificateDomains(resource) {
    const domains = resource
        .split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '');
    for (const domain of domains) {
        if (!/^\.?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/.test(domain))
            throw new Error(`'${domain.slice(0, 80)}' (input 'resource') is not a CDNetworks domain; give domain names, comma-separated (a wildcard domain as .example.com)`);
    }
    return [...new Set(domains)];
}
/** "2026-12-31 08:00:00" in CST (UTC+8) as ISO 8601 UTC; undefined when it is not that shape. */
function cstToIso(value) {
    const match = typeof value === 'string' ? CST_TIME.exec(value.trim()) : null;
    if (!match)
        return undefined;
    const [, y, mo, d, h, mi, s] = match.map(Number);
    const ms = Date.UTC(y, mo - 1, d, h, mi, s) - CST_OFFSET_MS;
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function toStored(item) {
    const id = providerText(item['certificate-id']);
    if (id === undefined)
        return undefined;
    const serial = providerText(item['certificate-serial']);
    const issuer = providerText(item['certificate-issuer']);
    const notBefore = cstToIso(item['certificate-validity-from']);
    const notAfter = cstToIso(item['certificate-validity-to']);
    const dnsNames = Array.isArray(item['dns-names']) ? item['dns-names'] : [];
    const commonName = providerText(dnsNames[0], 253);
    return {
        id,
        name: providerText(item.name) ?? '',
        ...(commonName ? { commonName } : {}),
        ...(serial ? { serial } : {}),
        ...(issuer ? { issuer } : {}),
        ...(notBefore ? { notBefore } : {}),
        ...(notAfter ? { notAfter } : {}),
        automated: false,
        boundTo: relatedDomains(item['related-domains']),
    };
}
/** `related-domains`: objects with `domain-name` (SDK list), or plain names. */
function relatedDomains(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .map((entry) => providerText(typeof entry === 'object' && entry !== null
        ? entry['domain-name']
        : entry, 253))
        .filter((name) => name !== undefined)
        .map((name) => `domain ${name}`);
}
function toTarget(domain, certificateId, info) {
    const bound = providerText(certificateId);
    const state = providerText(info.status);
    const cnameLabel = providerText(info['cname-label'], 253);
    return {
        id: domain,
        label: `domain ${domain}`,
        hostnames: [domain.startsWith('.') ? `*${domain}` : domain],
        ...(bound && bound !== '0' ? { certificateId: bound } : {}),
        ...(state ? { state } : {}),
        ...(cnameLabel ? { cnameLabel } : {}),
    };
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: ./src/providers/cdnetworks/protocol.ts
var protocol = __webpack_require__(1871);
// EXTERNAL MODULE: ./src/providers/gcore/api.ts
var api = __webpack_require__(9667);
// EXTERNAL MODULE: ./src/providers/gcore/auth.ts + 1 modules
var gcore_auth = __webpack_require__(1210);
// EXTERNAL MODULE: ./src/providers/gcore/endpoints.ts
var endpoints = __webpack_require__(1841);
;// CONCATENATED MODULE: ./src/providers/gcore/certificates.ts
/**
 * Gcore CDN certificates (`/cdn/sslData`) and their binding to CDN resources
 * (certificates.md; Gcore's OpenAPI spec `cdn_api.yaml`: "SSL certificates",
 * "CDN resources"). A resource is only ever changed with PATCH: a PUT replaces
 * the whole resource (certimate #595, #672).
 */




/** Every certificate path, in one place. */
const GCORE_CERTIFICATE_PATHS = {
    /** GET ?limit&offset (envelope with limit, bare array without); POST: upload (201, id in body) */
    certificates: '/cdn/sslData',
    /** GET: name, cert_subject_cn, validity_not_after, automated; DELETE: 204, 400 while in use */
    certificate: (id) => `/cdn/sslData/${encodeURIComponent(id)}`,
    /** GET: { resources: [{ id, cname, status }] } */
    usage: (id) => `/cdn/sslData/${encodeURIComponent(id)}/usage`,
};
/** Certificates listed per page; pages read at most (50,000 certificates). */
const PAGE_SIZE = 1000;
const MAX_PAGES = 50;
class GcoreCertificates {
    api;
    provider = 'gcore';
    constructor(api) {
        this.api = api;
    }
    async list() {
        const all = [];
        for (let page = 0; page < MAX_PAGES; page++) {
            const body = await this.api.get(GCORE_CERTIFICATE_PATHS.certificates, {
                limit: PAGE_SIZE,
                offset: page * PAGE_SIZE,
            });
            const items = (0,api/* listItems */.D)(body);
            all.push(...items.flatMap((item) => certificates_toStored(item) ?? []));
            // a bare array is the whole list; an envelope ends when a page is short
            if (Array.isArray(body) || items.length < PAGE_SIZE)
                break;
        }
        const bindings = await this.bindings();
        return all.map((certificate) => ({
            ...certificate,
            boundTo: bindings.get(certificate.id) ?? [],
        }));
    }
    /** Certificate id -> the resources it is bound to, from one read of the resource list. */
    async bindings() {
        const bound = new Map();
        for (const resource of (0,api/* listItems */.D)(await this.api.get(endpoints/* GCORE_PATHS */.I.resources))) {
            const id = resource.sslEnabled === false ? undefined : providerText(resource.sslData);
            if (id === undefined || resource.deleted === true)
                continue;
            bound.set(id, [...(bound.get(id) ?? []), resourceLabel(resource)]);
        }
        return bound;
    }
    /** The certificate, with the resources that use it (its own answer has only a flag). */
    async get(id) {
        const path = GCORE_CERTIFICATE_PATHS.certificate(id);
        const found = certificates_toStored(await this.api.get(path));
        if (!found)
            throw shapeError(`GET ${path}`, 'the answer is not a certificate');
        return { ...found, boundTo: await this.usage(id) };
    }
    /** Gcore lists no serial: the same name, subject CN and not-after mean the same certificate. */
    matches(stored, local) {
        return (stored.name === local.name &&
            (stored.commonName ?? '').toLowerCase() === (local.commonName ?? '').toLowerCase() &&
            stored.notAfter === local.notAfter);
    }
    async upload(upload) {
        const path = GCORE_CERTIFICATE_PATHS.certificates;
        const response = await this.api.request({
            method: 'POST',
            path,
            body: {
                name: upload.name,
                sslCertificate: upload.certificatePem,
                sslPrivateKey: upload.privateKeyPem,
                validate_root_ca: true,
            },
            // an upload must not run twice: only answers proving it was not processed are retried
            retry: 'throttled-only',
        });
        const stored = certificates_toStored({ name: upload.name, ...response.body });
        if (!stored) {
            throw new errors/* ProviderError */.mZ('gcore', `the answer carries no certificate id, although certificate '${upload.name}' may have been created: run list-certificates`, { status: response.status, requestId: response.requestId, action: `POST ${path}` });
        }
        return stored;
    }
    async usage(id) {
        const body = await this.api.get(GCORE_CERTIFICATE_PATHS.usage(id));
        const resources = Array.isArray(body?.resources) ? body.resources : [];
        return resources.map((resource) => resourceLabel(resource));
    }
    async delete(id) {
        await this.api.request({ method: 'DELETE', path: GCORE_CERTIFICATE_PATHS.certificate(id) });
    }
    /** `resource`: a resource id, or one of its hostnames (cname or secondary hostname). */
    async targets(resource) {
        if (/^\d+$/.test(resource))
            return [certificates_toTarget(await this.readResource(resource))];
        const wanted = resource.toLowerCase();
        const all = (0,api/* listItems */.D)(await this.api.get(endpoints/* GCORE_PATHS */.I.resources));
        const match = all.find((candidate) => candidate.deleted !== true &&
            candidate.status !== 'deleted' &&
            hostnamesOf(candidate).includes(wanted));
        if (!match) {
            throw new errors/* ProviderError */.mZ('gcore', `no CDN resource has the hostname '${resource}' (checked the cname and secondaryHostnames of ${all.length} resources)`, { action: `GET ${endpoints/* GCORE_PATHS */.I.resources}` });
        }
        return [certificates_toTarget(match)];
    }
    /** `PATCH /cdn/resources/{id}` `{"sslEnabled":true,"sslData":N}` per resource, never PUT. */
    async bind(targets, certificateId) {
        const sslData = numericId(certificateId);
        for (const target of targets) {
            const path = endpoints/* GCORE_PATHS */.I.resource(target.id);
            const response = await this.api.request({
                method: 'PATCH',
                path,
                body: { sslEnabled: true, sslData },
            });
            if (response.body?.sslData !== undefined && Number(response.body.sslData) !== sslData) {
                throw new errors/* ProviderError */.mZ('gcore', `the resource answered sslData ${String(response.body.sslData)}, not ${sslData}`, { status: response.status, requestId: response.requestId, action: `PATCH ${path}` });
            }
        }
        return { certificateId, targets };
    }
    /** Gcore has no deploy signal: the resource reads back `sslData == N` and `status: active`. */
    async bindingState(receipt) {
        const states = [];
        for (const target of receipt.targets) {
            const resource = await this.readResource(target.id);
            const bound = providerText(resource.sslData);
            const status = providerText(resource.status) ?? 'unknown';
            const detail = `sslData ${bound ?? 'none'}, status ${status}`;
            const state = bound !== receipt.certificateId ? 'failed' : status === 'active' ? 'done' : 'pending';
            states.push({ target: certificates_toTarget(resource), state, detail });
        }
        return states;
    }
    readResource(id) {
        return this.api.get(endpoints/* GCORE_PATHS */.I.resource(id));
    }
}
function certificates_toStored(item) {
    const id = providerText(item?.id);
    if (!item || id === undefined || item.deleted === true)
        return undefined;
    const commonName = providerText(item.cert_subject_cn, 253);
    const issuer = providerText(item.cert_issuer);
    const notBefore = isoOrUndefined(item.validity_not_before);
    const notAfter = isoOrUndefined(item.validity_not_after);
    return {
        id,
        name: providerText(item.name) ?? '',
        ...(commonName ? { commonName } : {}),
        ...(issuer ? { issuer } : {}),
        ...(notBefore ? { notBefore } : {}),
        ...(notAfter ? { notAfter } : {}),
        automated: item.automated === true,
    };
}
function hostnamesOf(resource) {
    const secondary = Array.isArray(resource.secondaryHostnames) ? resource.secondaryHostnames : [];
    return [resource.cname, ...secondary]
        .map((name) => providerText(name, 253)?.toLowerCase())
        .filter((name) => name !== undefined);
}
function resourceLabel(resource) {
    const cname = providerText(resource.cname, 253);
    return `resource ${providerText(resource.id) ?? '?'}${cname ? ` (${cname})` : ''}`;
}
function certificates_toTarget(resource) {
    const id = providerText(resource.id);
    if (id === undefined)
        throw shapeError('GET /cdn/resources', 'a resource carries no id');
    const bound = resource.sslEnabled === false ? undefined : providerText(resource.sslData);
    const state = providerText(resource.status);
    return {
        id,
        label: resourceLabel(resource),
        hostnames: hostnamesOf(resource),
        ...(bound ? { certificateId: bound } : {}),
        ...(state ? { state } : {}),
    };
}
/** Gcore certificate ids are integers; `sslData` takes one. */
function numericId(id) {
    if (!/^\d+$/.test(id))
        throw new Error(`Gcore certificate ids are numbers, not '${id}'`);
    return Number(id);
}
function shapeError(action, message) {
    return new errors/* ProviderError */.mZ('gcore', message, { action });
}

// EXTERNAL MODULE: ./src/providers/gcore/protocol.ts
var gcore_protocol = __webpack_require__(943);
// EXTERNAL MODULE: ./src/providers/http.ts
var providers_http = __webpack_require__(4488);
// EXTERNAL MODULE: ./src/providers/medianova/auth.ts
var medianova_auth = __webpack_require__(2773);
// EXTERNAL MODULE: ./src/providers/medianova/cdn.ts + 2 modules
var medianova_cdn = __webpack_require__(7852);
// EXTERNAL MODULE: ./src/providers/medianova/endpoints.ts
var medianova_endpoints = __webpack_require__(385);
// EXTERNAL MODULE: ./src/providers/medianova/limits.ts
var medianova_limits = __webpack_require__(8435);
;// CONCATENATED MODULE: ./src/providers/medianova/certificates.ts
/**
 * Medianova SSL certificates, read only. The list is unofficial (fatihusta/
 * medianova-go `cdn/ssl/ssl.go`, `model.go`): `GET /api/v1/ssl/{org}?page&limit`
 * -> `data[]{uuid, ssl_name, expire_date, common_name, resources[]}` and
 * `paginate.last_page`. No source documents upload, binding or deletion.
 */





/** Paths in one place: the list is unofficial, the resource read official. */
const MEDIANOVA_CERTIFICATE_PATHS = {
    /** GET ?page=N&limit=100 (unofficial) */
    list: (organization) => `/api/v1/ssl/${encodeURIComponent(organization)}`,
    /** GET: one resource, whose `ssl_uuid` is the certificate bound (official path) */
    resource: (organization, uuid) => `${medianova_endpoints/* ENDPOINTS */.H.resources(organization)}/${encodeURIComponent(uuid)}`,
};
const PAGE_LIMIT = 100;
class MedianovaCertificates {
    auth;
    organization;
    provider = 'medianova';
    constructor(auth, organization) {
        this.auth = auth;
        this.organization = organization;
    }
    /** Every page up to `paginate.last_page`, never more than MAX_LIST_PAGES. */
    async list() {
        const all = [];
        for (let page = 1; page <= medianova_limits/* MAX_LIST_PAGES */.rt; page++) {
            const response = await this.auth.send({
                method: 'GET',
                path: MEDIANOVA_CERTIFICATE_PATHS.list(this.organization),
                query: { page, limit: PAGE_LIMIT },
            });
            const items = Array.isArray(response.body?.data) ? response.body.data : [];
            all.push(...items.flatMap((item) => medianova_certificates_toStored(item) ?? []));
            const lastPage = Number(response.body?.paginate?.last_page ?? page);
            if (items.length === 0 || !Number.isFinite(lastPage) || page >= lastPage)
                break;
        }
        return all;
    }
    async get(id) {
        const found = (await this.list()).find((certificate) => certificate.id === id);
        if (!found) {
            throw new errors/* ProviderError */.mZ('medianova', `no SSL certificate has the uuid ${id}`, {
                action: `GET ${MEDIANOVA_CERTIFICATE_PATHS.list(this.organization)}`,
            });
        }
        return found;
    }
    /** `resource` (uuid or hostname) and the `ssl_uuid` bound to it. */
    async targets(resource) {
        const cdn = new medianova_cdn/* MedianovaCdn */.YP(this.auth, {
            organization: this.organization,
            resource,
            checkHosts: true,
        });
        const found = await cdn.resolveResource();
        const response = await this.auth.send({
            method: 'GET',
            path: MEDIANOVA_CERTIFICATE_PATHS.resource(this.organization, found.id),
        });
        const bound = providerText(response.body?.data?.ssl_uuid);
        const state = providerText(response.body?.data?.status);
        return [
            {
                id: found.id,
                label: `resource ${found.id}${found.hostnames?.[0] ? ` (${found.hostnames[0]})` : ''}`,
                hostnames: found.hostnames ?? [],
                ...(bound ? { certificateId: bound } : {}),
                ...(state ? { state } : {}),
            },
        ];
    }
}
function medianova_certificates_toStored(item) {
    const id = providerText(item.uuid);
    if (id === undefined)
        return undefined;
    const commonName = providerText(item.common_name, 253);
    // expire_date's format is unknown: whatever Date.parse reads, else nothing
    const notAfter = isoOrUndefined(item.expire_date);
    const resources = Array.isArray(item.resources) ? item.resources : [];
    return {
        id,
        name: providerText(item.ssl_name) ?? '',
        ...(commonName ? { commonName } : {}),
        ...(notAfter ? { notAfter } : {}),
        automated: false,
        boundTo: resources
            .map((resource) => {
            const entry = resource;
            return providerText(entry?.cdn_url, 253) ?? providerText(entry?.resource_uuid);
        })
            .filter((name) => name !== undefined)
            .map((name) => `resource ${name}`),
    };
}

// EXTERNAL MODULE: ./src/providers/medianova/protocol.ts
var medianova_protocol = __webpack_require__(5983);
;// CONCATENATED MODULE: ./src/providers/certificate-session.ts











function createCertificateSession(ctx) {
    const { config, secrets } = ctx;
    switch (config.provider) {
        case 'gcore': {
            const http = (0,providers_http/* providerHttpClient */.x)(ctx, gcore_protocol/* gcoreProtocol */.B);
            const { apiToken, username = '', password = '' } = config.credentials;
            const auth = apiToken === undefined
                ? new gcore_auth/* JwtAuth */.sN(http, { username, password }, secrets, ctx.timing, ctx.logger)
                : new gcore_auth/* PermanentTokenAuth */.gl(apiToken);
            return { http, certificates: new GcoreCertificates(new api/* GcoreApi */.t(http, auth)) };
        }
        case 'cdnetworks': {
            const http = (0,providers_http/* providerHttpClient */.x)(ctx, protocol/* cdnetworksProtocol */.R8);
            const sign = (0,auth/* requestSigner */.S)(config.credentials, secrets);
            return {
                http,
                certificates: new CdnetworksCertificates(http, {
                    account: (0,auth/* accountKey */.L)(config.credentials),
                    sign,
                }),
            };
        }
        case 'medianova': {
            const http = (0,providers_http/* providerHttpClient */.x)(ctx, medianova_protocol/* medianovaProtocol */.Z);
            const auth = new medianova_auth/* MedianovaAuth */.xp(http, config.credentials, secrets, ctx.logger);
            return {
                http,
                certificates: new MedianovaCertificates(auth, config.organization ?? ''),
            };
        }
    }
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/operations/token-dates.ts
var token_dates = __webpack_require__(9339);
;// CONCATENATED MODULE: ./src/certificates/probe.ts
/**
 * Which certificate a hostname serves: one TLS handshake with SNI, the peer's
 * certificate read, nothing else sent. `CDNKIT_PROBE_CONNECT` (loopback only)
 * sends every probe to a local TLS edge instead, SNI unchanged: for tests.
 */



/** Resolves with the served certificate; rejects with a one-line reason. */
function probeCertificate(target, options) {
    const address = options.connectTo ?? target;
    return new Promise((resolve, reject) => {
        const socket = (0,external_node_tls_.connect)({
            host: address.host,
            port: address.port,
            servername: target.host,
            rejectUnauthorized: false,
        });
        const fail = (reason) => {
            socket.destroy();
            reject(new Error(`${target.host}:${target.port}: ${reason}`));
        };
        socket.setTimeout(options.timeoutMs, () => fail(`no TLS handshake within ${Math.round(options.timeoutMs / 1000)} s`));
        socket.once('error', (error) => fail(error.code ? `${error.code} (${error.message})` : error.message));
        socket.once('secureConnect', () => {
            const peer = socket.getPeerX509Certificate();
            if (!peer) {
                fail('the server sent no certificate');
                return;
            }
            const facts = certificateFacts(peer);
            const nameMatches = peer.checkHost(target.host, { subject: 'never', partialWildcards: false }) !== undefined;
            const trustError = !socket.authorized
                ? String(socket.authorizationError ?? 'not trusted')
                : nameMatches
                    ? undefined
                    : `the certificate does not name ${target.host}`;
            socket.end();
            resolve({
                ...facts,
                host: target.host,
                port: target.port,
                daysLeft: (0,token_dates/* daysLeft */.H_)(facts.notAfter, options.nowMs) ?? 0,
                trusted: trustError === undefined,
                ...(trustError ? { trustError } : {}),
            });
        });
    });
}

// EXTERNAL MODULE: ./src/operations/plan.ts
var plan = __webpack_require__(8543);
;// CONCATENATED MODULE: ./src/operations/certificates/report.ts

function stateOfStored(certificate, nowMs, warnDays) {
    const { notAfter } = certificate;
    return {
        label: `certificate ${certificate.id}${certificate.name ? ` '${certificate.name}'` : ''}`,
        source: 'stored',
        id: certificate.id,
        name: certificate.name,
        ...(certificate.serial ? { serial: certificate.serial } : {}),
        ...(notAfter ? { notAfter, daysLeft: (0,token_dates/* daysLeft */.H_)(notAfter, nowMs) } : {}),
        level: notAfter
            ? (0,token_dates/* expiryLevel */.wf)({ expiresAt: notAfter, expired: false }, nowMs, warnDays)
            : 'unknown',
        where: certificate.boundTo ?? [],
    };
}
/** The outputs every certificate operation sets, from the certificate they are about. */
function certificateOutputs(facts, nowMs) {
    const left = facts.notAfter ? (0,token_dates/* daysLeft */.H_)(facts.notAfter, nowMs) : undefined;
    return {
        'certificate-id': facts.id ?? '',
        serial: facts.serial ?? '',
        'not-after': facts.notAfter ?? '',
        fingerprint: facts.fingerprint ?? '',
        'days-left': left === undefined ? '' : String(left),
    };
}
function certificateTable(title, states) {
    return {
        title,
        header: ['Certificate', 'Serial', 'Not after', 'Days left', 'State', 'Bound to / served by'],
        rows: states.map((state) => [
            state.label,
            state.serial ?? '',
            state.notAfter ?? '',
            state.daysLeft === undefined ? '' : String(state.daysLeft),
            [state.level, state.trusted === false ? 'untrusted' : '', state.detail ?? '']
                .filter(Boolean)
                .join('; '),
            state.where.join(', '),
        ]),
    };
}
/** The JSON of one certificate in `result`. */
function stateJson(state) {
    return {
        source: state.source,
        id: state.id ?? null,
        name: state.name ?? null,
        serial: state.serial ?? null,
        fingerprint: state.fingerprint ?? null,
        notAfter: state.notAfter ?? null,
        daysLeft: state.daysLeft ?? null,
        state: state.level,
        where: state.where,
        ...(state.trusted === undefined ? {} : { trusted: state.trusted }),
        ...(state.detail ? { detail: state.detail } : {}),
    };
}

;// CONCATENATED MODULE: ./src/operations/certificates/check.ts
/**
 * check-certificate: expiry of stored certificates (`certificate-id`, else the
 * one bound to `resource`, else all of them) and a TLS probe of `hostnames`
 * (else, with `resource`, of its hostnames). A certificate within `warn-days`
 * is a warning; within a day or expired an error, which fails the step when
 * that certificate is bound or served. An unreachable host fails it too.
 */





async function checkCertificate(reader, ctx, requestId) {
    const { config } = ctx;
    const { id, hostnames } = config.certificate;
    const warnDays = config.token.warnDays;
    const redirect = config.certificate.probeConnect;
    if (config.dryRun) {
        return (0,plan/* plannedSteps */.iM)(ctx, [
            ...(reader ? [storedStep(id, config.resource, hostnames)] : []),
            ...(hostnames.length > 0
                ? [`probe over TLS: ${hostnames.map((h) => `${h.host}:${h.port}`).join(', ')}`]
                : config.resource && config.certificate.probe
                    ? ['probe over TLS the hostnames of the resource']
                    : []),
            `warn about certificates expiring within ${warnDays} days; error within 1 day`,
        ]);
    }
    const nowMs = ctx.timing.now();
    const stored = [];
    let probeTargets = [...hostnames];
    if (reader) {
        const certificates = reader();
        const found = await storedCertificates(certificates, id, config.resource);
        stored.push(...found.certificates.map((c) => stateOfStored(c, nowMs, warnDays)));
        if (probeTargets.length === 0 && config.certificate.probe)
            probeTargets = found.hostnames.map((host) => ({ host, port: 443 }));
    }
    const served = [];
    for (const target of probeTargets) {
        if (target.host.startsWith('*.'))
            continue;
        served.push(await probe(target, { redirect, nowMs, warnDays, timeoutMs: config.timeoutSeconds * 1000 }));
    }
    const all = [...stored, ...served];
    const provider = reader ? (0,errors/* providerLabel */.sQ)(config.provider) : 'TLS';
    const annotations = all.flatMap((state) => annotationsOf(provider, state));
    const failing = all.filter((state) => state.level === 'unreachable' ||
        ((state.level === 'error' || state.level === 'expired') &&
            (state.source === 'served' || state.where.length > 0)));
    const earliest = all
        .filter((state) => state.notAfter !== undefined)
        .sort((a, b) => Date.parse(a.notAfter) - Date.parse(b.notAfter))[0];
    const count = (level) => all.filter((s) => s.level === level).length;
    return {
        outputs: {
            ...certificateOutputs(earliest ?? {}, nowMs),
            ...(reader ? { 'request-id': requestId() ?? '' } : {}),
        },
        result: { warnDays, certificates: all.map(stateJson) },
        rows: [
            ['Certificates checked', `${stored.length} stored, ${served.length} served`],
            [
                'Days left (earliest expiry)',
                earliest?.daysLeft === undefined ? 'unknown' : String(earliest.daysLeft),
            ],
            [`Expiring within ${warnDays} days`, String(count('warning'))],
            ['Expiring within 1 day', String(count('error'))],
            ['Expired', String(count('expired'))],
            ...(count('unreachable') > 0
                ? [['Unreachable', String(count('unreachable'))]]
                : []),
        ],
        tables: [certificateTable('Certificates', all)],
        annotations,
        failure: failing.length > 0
            ? `${failing.length} certificate check(s) failed: ${failing
                .slice(0, 3)
                .map((state) => `${state.label} ${state.level === 'unreachable' ? 'unreachable' : state.level === 'expired' ? 'expired' : 'expires within a day'}`)
                .join('; ')}${failing.length > 3 ? '; …' : ''}`
            : undefined,
    };
}
function storedStep(id, resource, hostnames) {
    if (id)
        return `read certificate ${id}`;
    if (resource)
        return `read the certificate bound to ${resource}`;
    return hostnames.length > 0
        ? 'no stored certificate to read'
        : 'list every certificate of the account';
}
async function storedCertificates(reader, id, resource) {
    if (id)
        return { certificates: [await reader.get(id)], hostnames: [] };
    if (!resource)
        return { certificates: await reader.list(), hostnames: [] };
    const targets = await reader.targets(resource);
    const hostnames = targets
        .flatMap((target) => target.hostnames)
        .filter((h) => !h.startsWith('*.'));
    const ids = [...new Set(targets.flatMap((target) => target.certificateId ?? []))];
    const certificates = [];
    for (const bound of ids) {
        const certificate = await reader.get(bound);
        const where = targets.filter((t) => t.certificateId === bound).map((t) => t.label);
        certificates.push({ ...certificate, boundTo: where });
    }
    return { certificates, hostnames: [...new Set(hostnames)] };
}
async function probe(target, options) {
    const label = `${target.host}:${target.port}`;
    try {
        const served = await probeCertificate(target, {
            timeoutMs: options.timeoutMs,
            nowMs: options.nowMs,
            ...(options.redirect ? { connectTo: options.redirect } : {}),
        });
        return {
            label,
            source: 'served',
            serial: served.serial,
            fingerprint: served.fingerprint,
            notAfter: served.notAfter,
            daysLeft: served.daysLeft,
            level: (0,token_dates/* expiryLevel */.wf)({ expiresAt: served.notAfter, expired: false }, options.nowMs, options.warnDays),
            where: [`issued by ${served.issuer}`],
            trusted: served.trusted,
            ...(served.trustError ? { detail: served.trustError } : {}),
        };
    }
    catch (error) {
        return {
            label,
            source: 'served',
            level: 'unreachable',
            where: [],
            detail: error instanceof Error ? error.message : String(error),
        };
    }
}
function annotationsOf(provider, state) {
    const what = state.source === 'served'
        ? `The certificate served at ${state.label}`
        : `${provider} ${state.label}`;
    const at = state.notAfter ?? 'an unknown time';
    const notes = [];
    if (state.level === 'unreachable')
        notes.push({ level: 'error', message: `TLS probe failed: ${state.detail ?? state.label}.` });
    if (state.level === 'expired')
        notes.push({ level: 'error', message: `${what} expired at ${at}.` });
    if (state.level === 'error')
        notes.push({ level: 'error', message: `${what} expires within a day, at ${at}.` });
    if (state.level === 'warning') {
        const days = state.daysLeft ?? 0;
        notes.push({
            level: 'warning',
            message: `${what} expires in ${days} day${days === 1 ? '' : 's'}, at ${at}.`,
        });
    }
    if (state.trusted === false)
        notes.push({
            level: 'warning',
            message: `${what} is not trusted: ${state.detail ?? 'unknown reason'}.`,
        });
    return notes;
}

;// CONCATENATED MODULE: ./src/operations/certificates/delete.ts
/** delete-certificate: only a certificate bound to nothing and not managed by the provider. */


async function deleteCertificate(manager, ctx, requestId) {
    const id = ctx.config.certificate.id ?? '';
    if (ctx.config.dryRun) {
        return (0,plan/* plannedSteps */.iM)(ctx, [
            `read certificate ${id} and where it is bound`,
            `delete it if it is bound to nothing and not issued by the provider itself`,
        ]);
    }
    const certificates = manager();
    const certificate = await certificates.get(id);
    const label = `Certificate ${id} '${certificate.name}'`;
    if (certificate.automated) {
        throw new Error(`${label} is issued and renewed by the provider (Let's Encrypt): cdnkit does not delete it. Nothing was deleted.`);
    }
    const usage = await certificates.usage(id);
    if (usage.length > 0) {
        throw new Error(`${label} is still bound to ${usage.slice(0, 5).join(', ')}${usage.length > 5 ? ` and ${usage.length - 5} more` : ''}: bind another certificate there first. Nothing was deleted.`);
    }
    try {
        await certificates.delete(id);
    }
    catch (error) {
        if (error instanceof errors/* ProviderError */.mZ && error.status === 400) {
            throw new errors/* ProviderError */.mZ(error.provider, `${error.message} (the provider refused: the certificate may have been bound since it was checked). Nothing was deleted`, error.details);
        }
        throw error;
    }
    ctx.logger.info(`${label} deleted.`);
    return {
        outputs: { 'certificate-id': id, 'request-id': requestId() ?? '' },
        result: { deleted: { id, name: certificate.name, notAfter: certificate.notAfter ?? null } },
        rows: [
            ['Deleted', `${id} '${certificate.name}'`],
            ['Not after', certificate.notAfter ?? 'unknown'],
        ],
    };
}

;// CONCATENATED MODULE: ./src/operations/certificates/list.ts


async function listCertificates(reader, ctx, requestId) {
    if (ctx.config.dryRun)
        return (0,plan/* plannedSteps */.iM)(ctx, ['list the certificates of the account']);
    const certificates = await reader().list();
    const nowMs = ctx.timing.now();
    const states = certificates.map((certificate) => stateOfStored(certificate, nowMs, ctx.config.token.warnDays));
    return {
        outputs: { 'request-id': requestId() ?? '' },
        result: {
            certificates: states.map((state, index) => ({
                ...stateJson(state),
                commonName: certificates[index].commonName ?? null,
                automated: certificates[index].automated,
            })),
        },
        rows: [
            ['Certificates', String(certificates.length)],
            ['Bound', String(certificates.filter((c) => (c.boundTo ?? []).length > 0).length)],
        ],
        tables: [certificateTable('Certificates', states)],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/certificates/pem.ts
var pem = __webpack_require__(3030);
;// CONCATENATED MODULE: ./src/certificates/material.ts
/**
 * Reads a certificate chain and its private key with node:crypto. Every
 * problem is one InputError naming the input and what is wrong, never the value.
 */



/** More blocks than any real chain has: a bound on the work a hostile file can cause. */
const MAX_CHAIN_BLOCKS = 10;
const MIN_RSA_BITS = 2048;
/** Curves every CDN edge serves (provider limits are unpublished: inferred). */
const EC_CURVES = ['prime256v1', 'secp384r1'];
const ALLOWED_KEYS = `RSA of ${MIN_RSA_BITS} bits or more, or EC on ${EC_CURVES.join(' or ')}`;
/** Parses the chain, then the key; nothing here is sent anywhere. */
function readCertificateMaterial(certificate, privateKey) {
    const chain = readChain(certificate);
    const { key, pem } = readPrivateKey(privateKey);
    return {
        leaf: chain[0],
        chain,
        key,
        certificatePem: `${chain.map((cert) => cert.toString().trim()).join('\n')}\n`,
        privateKeyPem: pem,
    };
}
function readChain({ text, input }) {
    const blocks = (0,pem/* splitPem */.Z1)(text);
    if (blocks.some((block) => (0,pem/* isPrivateKeyLabel */.RT)(block.label))) {
        throw new errors/* InputError */.dz(input, "holds a private key block: give the certificate chain alone, and the key in 'private-key' (the key's lines were masked)");
    }
    if (blocks.length === 0) {
        throw new errors/* InputError */.dz(input, 'is not PEM: no -----BEGIN CERTIFICATE----- block found; give the leaf certificate, then its intermediates');
    }
    if (blocks.length > MAX_CHAIN_BLOCKS) {
        throw new errors/* InputError */.dz(input, `holds ${blocks.length} PEM blocks; a chain has at most ${MAX_CHAIN_BLOCKS}`);
    }
    return blocks.map((block, index) => parseCertificate(block, index, blocks.length, input));
}
function parseCertificate(block, index, count, input) {
    const where = count === 1 ? 'the PEM block' : `block ${index + 1} of ${count}`;
    if (block.label !== 'CERTIFICATE') {
        throw new errors/* InputError */.dz(input, `${where} is a '${block.label}' block; only CERTIFICATE blocks are allowed`);
    }
    if (!block.complete)
        throw new errors/* InputError */.dz(input, `${where} has no matching -----END CERTIFICATE----- line`);
    try {
        return new external_node_crypto_.X509Certificate(block.text);
    }
    catch {
        throw new errors/* InputError */.dz(input, `${where} cannot be parsed as an X.509 certificate`);
    }
}
/** The one private key block: PKCS#8, PKCS#1 or SEC1, unencrypted. */
function readPrivateKey({ text, input }) {
    const blocks = (0,pem/* splitPem */.Z1)(text);
    const encrypted = blocks.some((block) => block.label === 'ENCRYPTED PRIVATE KEY' ||
        block.headers.some((header) => /^Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(header)));
    if (encrypted) {
        // refused by its header: Node's own error for this names no passphrase
        throw new errors/* InputError */.dz(input, 'is encrypted with a passphrase; give it unencrypted (openssl pkey -in key.pem -out plain.pem) and keep it in a secret');
    }
    const keys = blocks.filter((block) => (0,pem/* isPrivateKeyLabel */.RT)(block.label));
    const others = blocks.filter((block) => !(0,pem/* isPrivateKeyLabel */.RT)(block.label) && block.label !== 'EC PARAMETERS');
    if (keys.length === 0) {
        throw new errors/* InputError */.dz(input, 'is not a PEM private key: no -----BEGIN PRIVATE KEY----- (or RSA / EC PRIVATE KEY) block found');
    }
    if (keys.length > 1 || others.length > 0) {
        throw new errors/* InputError */.dz(input, `must hold one private key block and nothing else; found ${keys.length} key block(s) and ${others.length} other block(s)`);
    }
    const block = keys[0];
    let key;
    try {
        if (!block.complete)
            throw new Error('unterminated');
        key = (0,external_node_crypto_.createPrivateKey)({ key: block.text, format: 'pem' });
    }
    catch {
        throw new errors/* InputError */.dz(input, 'cannot be read as an unencrypted PKCS#8, PKCS#1 (RSA) or SEC1 (EC) private key');
    }
    checkKeyStrength(key, input);
    return { key, pem: `${block.text}\n` };
}
function checkKeyStrength(key, input) {
    const type = key.asymmetricKeyType;
    const details = key.asymmetricKeyDetails ?? {};
    if (type === 'rsa') {
        const bits = details.modulusLength ?? 0;
        if (bits >= MIN_RSA_BITS)
            return;
        throw new errors/* InputError */.dz(input, `is an RSA key of ${bits} bits; use ${ALLOWED_KEYS}`);
    }
    if (type === 'ec') {
        const curve = details.namedCurve ?? 'an unnamed curve';
        if (EC_CURVES.includes(curve))
            return;
        throw new errors/* InputError */.dz(input, `is an EC key on ${curve}; use ${ALLOWED_KEYS}`);
    }
    throw new errors/* InputError */.dz(input, `is a ${type ?? 'unknown'} key; use ${ALLOWED_KEYS}`);
}

;// CONCATENATED MODULE: ./src/certificates/validate.ts




/** Throws the first problem as an InputError; returns warnings the user can act on later. */
function validateMaterial(material, options) {
    const { leaf, chain, key } = material;
    const { certificateInput: input } = options;
    checkChain(chain, input);
    if (!leaf.checkPrivateKey(key)) {
        throw new errors/* InputError */.dz(options.keyInput, `does not belong to the certificate (the first block of '${input}'): give the key the certificate was issued for`);
    }
    for (const [index, certificate] of chain.entries()) {
        checkValidity(certificate, index, chain.length, input, options.nowMs);
    }
    checkNames(leaf, options.names);
    const warnings = [];
    if (chain.length === 1 && !leaf.checkIssued(leaf)) {
        warnings.push(`'${input}' holds the leaf certificate only: most clients also need its intermediates; give the full chain (e.g. fullchain.pem)`);
    }
    const notAfter = parseX509Time(leaf.validTo);
    if (notAfter - options.nowMs <= options.warnDays * token_dates/* DAY_MS */.sO) {
        warnings.push(`the certificate expires within ${options.warnDays} days (${isoSeconds(notAfter)}): renew it before rotating it in`);
    }
    return warnings;
}
/** Each certificate is issued and signed by the next one. */
function checkChain(chain, input) {
    for (let i = 0; i + 1 < chain.length; i++) {
        const [subject, issuer] = [chain[i], chain[i + 1]];
        if (!subject.checkIssued(issuer) || !subject.verify(issuer.publicKey)) {
            const later = issuer.checkIssued(subject) ||
                chain.some((other, index) => index > i + 1 && subject.checkIssued(other));
            throw new errors/* InputError */.dz(input, `block ${i + 2} is not the issuer of block ${i + 1}${later ? ' (the chain is out of order)' : ''}: order the PEM leaf first, then each issuer in turn`);
        }
    }
}
function checkValidity(certificate, index, count, input, nowMs) {
    const from = parseX509Time(certificate.validFrom);
    const to = parseX509Time(certificate.validTo);
    const which = index === 0 ? 'the certificate' : `block ${index + 1} of ${count}`;
    if (Number.isNaN(from) || Number.isNaN(to))
        throw new errors/* InputError */.dz(input, `${which} has a validity period that cannot be read`);
    if (nowMs < from)
        throw new errors/* InputError */.dz(input, `${which} is not valid yet: its validity starts ${isoSeconds(from)}`);
    if (nowMs >= to)
        throw new errors/* InputError */.dz(input, `${which} expired ${isoSeconds(to)}`);
}
/**
 * RFC 6125 §6.4.3 as Node implements it with partial wildcards off: `*` stands
 * for one whole left-most label. A wildcard hostname needs that very wildcard.
 */
function checkNames(leaf, names) {
    const sans = dnsNames(leaf.subjectAltName);
    for (const { name, input } of names) {
        const wanted = name.toLowerCase();
        const covered = wanted.startsWith('*.')
            ? sans.some((san) => san.toLowerCase() === wanted)
            : leaf.checkHost(wanted, { subject: 'never', partialWildcards: false }) !== undefined;
        if (covered)
            continue;
        const listed = sans.length === 0 ? 'none' : sans.slice(0, 5).join(', ');
        throw new errors/* InputError */.dz(input, `'${name}' is not covered by the certificate's DNS names (${listed}${sans.length > 5 ? ', …' : ''}); a wildcard covers exactly one label`);
    }
}

;// CONCATENATED MODULE: ./src/operations/certificates/local.ts
/** The certificate and key of this run, read and validated before any request. */



/** Reads and checks `certificate` and `private-key` (or their files); throws InputError. */
function prepareCertificate(ctx) {
    const { config } = ctx;
    const { chain, privateKey } = config.certificate;
    // parseConfig requires both for the operations that get here
    if (!chain || !privateKey)
        throw new Error('certificate and private-key are required');
    const material = readCertificateMaterial(chain, privateKey);
    // the key as it will be sent (re-joined lines): its JSON form masked as well
    ctx.secrets.add(material.privateKeyPem);
    const warnings = validateMaterial(material, {
        nowMs: ctx.timing.now(),
        warnDays: config.token.warnDays,
        names: requiredNames(config),
        certificateInput: chain.input,
        keyInput: privateKey.input,
    });
    const facts = certificateFacts(material.leaf);
    const local = {
        name: config.certificate.name ?? defaultCertificateName(facts),
        serial: facts.serial,
        notAfter: facts.notAfter,
        ...(facts.commonName ? { commonName: facts.commonName } : {}),
    };
    for (const warning of warnings)
        ctx.logger.warning(warning);
    return { material, facts, local, warnings };
}
/** `hostnames`, and `resource` where it is a hostname: the names the certificate must cover. */
function requiredNames(config) {
    const names = config.certificate.hostnames.map(({ host }) => ({
        name: host,
        input: 'hostnames',
    }));
    for (const host of resourceHostnames(config.provider, config.resource)) {
        names.push({ name: host, input: 'resource' });
    }
    return names;
}
/** Gcore: a resource given by hostname; CDNetworks: its domains (`.a.com` is `*.a.com`). */
function resourceHostnames(provider, resource) {
    if (resource === undefined)
        return [];
    if (provider === 'gcore')
        return /^\d+$/.test(resource) ? [] : [resource.toLowerCase()];
    if (provider === 'cdnetworks') {
        return resource
            .split(',')
            .map((domain) => domain.trim().toLowerCase())
            .filter((domain) => domain.includes('.'))
            .map((domain) => (domain.startsWith('.') ? `*${domain}` : domain));
    }
    return [];
}

;// CONCATENATED MODULE: ./src/operations/certificates/upload.ts
/** upload-certificate: validate, then upload, or reuse the certificate the provider already has. */




async function uploadCertificate(manager, ctx, requestId) {
    const prepared = prepareCertificate(ctx);
    const { facts, local, material } = prepared;
    if (ctx.config.dryRun) {
        return (0,plan/* plannedSteps */.iM)(ctx, [
            `validated the certificate: serial ${facts.serial}, not after ${facts.notAfter}, ${material.chain.length} certificate(s) in the chain`,
            'list the certificates of the account, to reuse one with the same serial (or name, CN and not-after)',
            `else upload it as '${local.name}' (certificate ${Buffer.byteLength(material.certificatePem)} bytes, private key ${Buffer.byteLength(material.privateKeyPem)} bytes)`,
        ]);
    }
    const certificates = manager();
    const stored = await certificates.list();
    const existing = stored.find((candidate) => certificates.matches(candidate, local));
    const taken = stored.find((candidate) => candidate.name === local.name);
    if (!existing && taken) {
        throw new errors/* InputError */.dz('certificate-name', `'${local.name}' is already the name of certificate ${taken.id}, a different certificate; names must be unique`);
    }
    const certificate = existing ??
        (await certificates.upload({
            name: local.name,
            certificatePem: material.certificatePem,
            privateKeyPem: material.privateKeyPem,
        }));
    const verb = existing ? 'already uploaded' : 'uploaded';
    ctx.logger.info(`Certificate ${facts.serial} ${verb} as ${certificate.id} '${certificate.name}'.`);
    const nowMs = ctx.timing.now();
    const outputs = certificateOutputs({ ...facts, id: certificate.id }, nowMs);
    return {
        outputs: { ...outputs, 'request-id': requestId() ?? '' },
        result: {
            certificate: {
                id: certificate.id,
                name: certificate.name || local.name,
                serial: facts.serial,
                fingerprint: facts.fingerprint,
                notAfter: facts.notAfter,
                daysLeft: Number(outputs['days-left']),
                dnsNames: facts.dnsNames,
                reused: existing !== undefined,
            },
            warnings: prepared.warnings,
        },
        rows: [
            ['Certificate', `${certificate.id} '${certificate.name || local.name}'`],
            ['Uploaded', existing ? 'no: the provider already has it (reused)' : 'yes'],
            ['Serial', facts.serial],
            ['Not after', `${facts.notAfter} (${outputs['days-left']} days left)`],
            ['Fingerprint (SHA-256)', facts.fingerprint],
            ['DNS names', facts.dnsNames.join(', ')],
        ],
        annotations: prepared.warnings.map((message) => ({ level: 'warning', message })),
    };
}

;// CONCATENATED MODULE: ./src/operations/certificates/run.ts
/**
 * The certificate operations, loaded only when one of them runs: node:crypto's
 * X.509 and TLS code, and the certificate clients, stay out of every other run.
 */






async function runCertificateOperation(ctx) {
    const { config } = ctx;
    // a probe of hostnames alone, and any dry run, needs no provider client
    let session;
    const open = () => {
        session ??= createCertificateSession(ctx);
        return session;
    };
    const reader = () => open().certificates;
    const manager = () => {
        const certificates = reader();
        if (!isCertificateManager(certificates))
            throw new Error(`${config.provider} offers no certificate management`);
        return certificates;
    };
    const requestId = () => session?.http.lastRequestId;
    try {
        switch (config.operation) {
            case 'upload-certificate':
                return await uploadCertificate(manager, ctx, requestId);
            case 'list-certificates':
                return await listCertificates(reader, ctx, requestId);
            case 'delete-certificate':
                return await deleteCertificate(manager, ctx, requestId);
            case 'check-certificate': {
                const probeOnly = config.certificate.hostnames.length > 0 && !config.certificate.id && !config.resource;
                return await checkCertificate(probeOnly ? undefined : reader, ctx, requestId);
            }
            default:
                throw new Error(`${config.operation} is not built yet: it comes with the shared rotation engine. Until then use upload-certificate, bind the certificate in the provider's panel, and watch it with check-certificate`);
        }
    }
    finally {
        session?.http.dispose();
    }
}


/***/ })

};

//# sourceMappingURL=436.index.js.map