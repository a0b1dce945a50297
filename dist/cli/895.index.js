"use strict";
exports.id = 895;
exports.ids = [895];
exports.modules = {

/***/ 7431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ defaultCertificateName),
/* harmony export */   Ww: () => (/* binding */ dnsNames),
/* harmony export */   lF: () => (/* binding */ certificateFacts),
/* harmony export */   ls: () => (/* binding */ comparableSerial)
/* harmony export */ });
/* unused harmony export opensslSerial */
/* harmony import */ var _x509_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1222);

function certificateFacts(certificate) {
    const commonName = attribute(certificate.subject, 'CN');
    return {
        serial: opensslSerial(certificate.serialNumber),
        fingerprint: certificate.fingerprint256,
        ...(commonName ? { commonName } : {}),
        dnsNames: dnsNames(certificate.subjectAltName),
        issuer: attribute(certificate.issuer, 'CN') ?? certificate.issuer.replace(/\n/g, ', '),
        notBefore: (0,_x509_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .n)((0,_x509_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseX509Time */ .z)(certificate.validFrom)),
        notAfter: (0,_x509_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .n)((0,_x509_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseX509Time */ .z)(certificate.validTo)),
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


/***/ }),

/***/ 1222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isoSeconds),
/* harmony export */   z: () => (/* binding */ parseX509Time)
/* harmony export */ });
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


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isoDate)
/* harmony export */ });
/* unused harmony export FAR_FUTURE */
/**
 * Dates from answers, which may lie about them: an expiry of 99999999999999
 * seconds, or a JWT `exp` of 1e13, is past what a JavaScript Date holds
 * (8.64e15 ms, year 275760) and `toISOString` would throw a RangeError.
 * Anything past year 9999 reads as FAR_FUTURE: a four-digit-year ISO date
 * every parser reads, and what such an expiry means in practice.
 */
/** The last millisecond of year 9999. */
const FAR_FUTURE = '9999-12-31T23:59:59.999Z';
const FAR_FUTURE_MS = Date.parse(FAR_FUTURE);
/** `ms` since the epoch as ISO 8601 UTC; FAR_FUTURE past year 9999; undefined for NaN or before year 0. */
function isoDate(ms) {
    if (Number.isNaN(ms))
        return undefined;
    if (ms > FAR_FUTURE_MS)
        return FAR_FUTURE;
    const date = new Date(ms);
    // NaN (past the Date range) is not >= 0 either
    return date.getUTCFullYear() >= 0 ? date.toISOString() : undefined;
}


/***/ }),

/***/ 7895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CDNETWORKS_CERTIFICATE_PATHS: () => (/* binding */ CDNETWORKS_CERTIFICATE_PATHS),
/* harmony export */   CdnetworksCertificates: () => (/* binding */ CdnetworksCertificates),
/* harmony export */   KEY_RETURNING_PATHS: () => (/* binding */ KEY_RETURNING_PATHS),
/* harmony export */   cstToIso: () => (/* binding */ cstToIso),
/* harmony export */   parseCertificateDomains: () => (/* binding */ parseCertificateDomains)
/* harmony export */ });
/* harmony import */ var _certificates_facts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7431);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hostnames_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5851);
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9096);
/* harmony import */ var _http_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1513);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5908);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4787);
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
    certificate: (id) => `/api/certificate/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathSegment */ .p)(id)}`,
    /** GET: data.domains[] {domainId, domainName} */
    domains: (id) => `/api/certificate/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathSegment */ .p)(id)}/domain`,
    /** GET: data.certificateId; PUT {"certificateId":"N"} binds (202, x-cnc-request-id) */
    domainCertificate: (domain) => `/api/config/certificate/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathSegment */ .p)(domain)}`,
    /** PUT {"certificateId":N,"domainNames":[...]} */
    batch: '/api/config/certificate/batch',
    /** GET: `cname-label`, `status` (Deployed | InProgress), `ssl` */
    domain: (domain) => `/api/domain/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathSegment */ .p)(domain)}`,
    /** POST (SDK README; GET on 405, inferred): `async-result` WAIT | INPROGRESS | SUCCESS | FAIL */
    deployRequest: (requestId) => `/api/request/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathSegment */ .p)(requestId)}`,
};
/** Paths that answer with private keys: never called, whatever else changes. */
const KEY_RETURNING_PATHS = [
    /^\/api\/ssl\/content/,
    /^\/api\/terraform\/certificate/,
    /^\/api\/certificate\/[^/]+\/content/,
];
/** A domain as CDNetworks names it: a leading dot for a wildcard domain. */
const DOMAIN = /^\.?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** Domains of an old certificate read when looking for the ones sharing a cname-label. */
const MAX_GROUP_DOMAINS = 200;
/** CDNetworks validity times are CST (UTC+8) `YYYY-MM-DD HH:MM:SS` (SDK models.go; certimate). */
const CST_OFFSET_MS = 8 * 3600_000;
const CST_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
/**
 * Where an answer would carry the private key (the create call's body, and the
 * key-returning calls never made): registered as a secret before the answer is
 * read, and never read.
 */
const KEY_FIELDS = ['privateKey', 'data.privateKey'];
/** `code` and `message`: 0 (or "0") for success on the certificate calls (SDK models.go). */
const CODE_FIELDS = { code: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .either */ .gP)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .ai, _http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj)), message: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj) };
const CODE_ANSWER = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(CODE_FIELDS));
/** A certificate id where none may be bound: absent, null, 0 or "" all mean none. */
const BOUND_ID = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .either */ .gP)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id, (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .word */ .Vm)(['']), () => undefined)));
/** One certificate as the list gives it (SDK `models.go`). */
const LISTED = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({
    'certificate-id': _http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id,
    name: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    'certificate-serial': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    'certificate-validity-from': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    'certificate-validity-to': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    'certificate-issuer': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    /** objects with `domain-name` (SDK list), or plain names */
    'related-domains': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .either */ .gP)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj, (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({ 'domain-name': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj) }), (entry) => entry['domain-name'])))),
    'dns-names': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj)),
});
/** The list, under the key the SDK reads or the one the API spec names. */
const LIST = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({
    'ssl-certificates': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)(LISTED)),
    'ssl-certificate': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)(LISTED)),
}), (body) => body['ssl-certificates'] ?? body['ssl-certificate'] ?? []);
const DOMAINS = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({
    ...CODE_FIELDS,
    data: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .either */ .gP)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({ domains: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({ domainName: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj) }))) }), 
    // `data: []` comes with a refusal
    (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5), () => ({ domains: undefined })))),
});
const DOMAIN_CERTIFICATE = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({
    data: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({ certificateId: BOUND_ID })),
});
const DOMAIN_INFO = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({ status: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj), 'cname-label': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj) });
const DEPLOY_REQUEST = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({
    'async-result': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    'async-message': (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
});
class CdnetworksCertificates {
    http;
    options;
    provider = 'cdnetworks';
    constructor(http, options) {
        this.http = http;
        this.options = options;
    }
    async list() {
        const { body } = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.list, LIST);
        return body.map(toStored);
    }
    async get(id) {
        const found = (await this.list()).find((certificate) => certificate.id === id);
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('cdnetworks', `no certificate has the id ${id}`, {
                action: `GET ${CDNETWORKS_CERTIFICATE_PATHS.list}`,
            });
        }
        return found;
    }
    /** The same serial (lower case, no colons or leading zeros) is the same certificate. */
    matches(stored, local) {
        return (stored.serial !== undefined &&
            (0,_certificates_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .comparableSerial */ .ls)(stored.serial) === (0,_certificates_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .comparableSerial */ .ls)(local.serial));
    }
    async upload(upload) {
        const path = CDNETWORKS_CERTIFICATE_PATHS.create;
        const response = await this.call('POST', path, CODE_ANSWER, {
            name: upload.name,
            certificate: upload.certificatePem,
            privateKey: upload.privateKeyPem,
        }, 'throttled-only');
        const location = header(response, 'location');
        const certificateId = location
            ?.replace(/[?#].*$/, '')
            .split('/')
            .filter(Boolean)
            .pop();
        // an id goes into paths: never '.' or '..'
        if (!certificateId || !/^[\w.-]+$/.test(certificateId) || !(0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .fits */ .lA)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id, certificateId)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('cdnetworks', `the answer carries no certificate id in its Location header, although certificate '${upload.name}' may have been created: run list-certificates`, { status: response.status, requestId: response.requestId, action: `POST ${path}` });
        }
        return { id: certificateId, name: upload.name, automated: false };
    }
    async usage(id) {
        return (await this.domainsOf(id)).map((name) => `domain ${name}`);
    }
    /** The domains certificate `id` is bound to (at most MAX_GROUP_DOMAINS are read). */
    async domainsOf(id) {
        const path = CDNETWORKS_CERTIFICATE_PATHS.domains(id);
        const response = await this.call('GET', path, DOMAINS);
        this.expectCodeZero(response, path);
        return (response.body.data?.domains ?? [])
            .map((domain) => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(domain.domainName, 253))
            .filter((name) => name !== undefined);
    }
    /**
     * Domains sharing a `cname-label` are served by one certificate (the
     * cname-label doc): the old certificate's other domains with a label of
     * `targets` switch in the same batch (certificates.md, inferred).
     */
    async bindingGroup(targets) {
        const group = [...targets];
        const labels = new Map(targets.flatMap((t) => (t.cnameLabel ? [[t.cnameLabel, t.id]] : [])));
        const seen = new Set(targets.map((target) => target.id));
        const oldIds = new Set(targets.flatMap((target) => target.certificateId ?? []));
        for (const oldId of labels.size > 0 ? oldIds : []) {
            for (const domain of (await this.domainsOf(oldId)).slice(0, MAX_GROUP_DOMAINS)) {
                const name = domain.toLowerCase();
                if (seen.has(name) || !DOMAIN.test(name))
                    continue;
                seen.add(name);
                const [target] = await this.targets(name);
                const label = target?.cnameLabel;
                if (!target || !label || !labels.has(label))
                    continue;
                group.push({
                    ...target,
                    joinedBecause: `it shares cname-label '${label}' with ${labels.get(label)} and certificate ${oldId}`,
                });
            }
        }
        return group;
    }
    async delete(id) {
        const path = CDNETWORKS_CERTIFICATE_PATHS.certificate(id);
        this.expectCodeZero(await this.call('DELETE', path, CODE_ANSWER), path);
    }
    /** `resource`: one or more domains, comma-separated; a wildcard domain is written `.a.com`. */
    async targets(resource) {
        const targets = [];
        for (const domain of parseCertificateDomains(resource)) {
            const config = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.domainCertificate(domain), DOMAIN_CERTIFICATE);
            const info = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.domain(domain), DOMAIN_INFO);
            targets.push(toTarget(domain, config.body.data?.certificateId, info.body));
        }
        return targets;
    }
    /** One domain: `PUT /api/config/certificate/{d}`; several: the batch call. Never an empty id. */
    async bind(targets, certificateId) {
        if (!/^\d+$/.test(certificateId)) {
            // an empty certificateId unbinds the domain: refuse before anything is sent
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ(`refusing to bind certificate id '${certificateId}': CDNetworks takes an empty or invalid certificateId as "unbind"`);
        }
        if (targets.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ('no CDNetworks domain to bind the certificate to');
        const response = targets.length === 1
            ? await this.call('PUT', CDNETWORKS_CERTIFICATE_PATHS.domainCertificate(targets[0].id), CODE_ANSWER, { certificateId })
            : await this.call('PUT', CDNETWORKS_CERTIFICATE_PATHS.batch, CODE_ANSWER, {
                certificateId: Number(certificateId),
                domainNames: targets.map((target) => target.id),
            });
        // the request id goes into the deploy-status path: one that is no id is not followed
        const requestId = response.requestId;
        return {
            certificateId,
            targets,
            ...(requestId && (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .fits */ .lA)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id, requestId) ? { requestId } : {}),
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
            response = await this.call('POST', path, DEPLOY_REQUEST);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ) || error.status !== 405)
                throw error;
            response = await this.call('GET', path, DEPLOY_REQUEST);
        }
        const result = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(response.body['async-result']) ?? 'unknown';
        const message = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(response.body['async-message']);
        const state = result === 'SUCCESS' ? 'done' : result === 'FAIL' ? 'failed' : 'pending';
        return {
            state,
            detail: `deploy request ${requestId}: ${result}${message ? ` (${message})` : ''}`,
        };
    }
    call(method, path, shape, body, retry = method === 'GET' ? 'always' : 'throttled-only') {
        if (KEY_RETURNING_PATHS.some((pattern) => pattern.test(path)))
            throw new Error(`refusing to call ${path}: it answers with private keys`);
        return this.http.request({
            method,
            path,
            body,
            retry,
            shape,
            secretFields: KEY_FIELDS,
            limits: this.limits(method, path),
            authorize: this.options.sign.authorize,
            authorizeTickMs: this.options.sign.tickMs,
        });
    }
    /** The account limit, and the per-interface one keyed by the path with its id left out. */
    limits(method, path) {
        const template = path.replace(/\/[^/]*\d[^/]*(?=\/|$)/g, '/{id}');
        return [
            (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .accountLimit */ .jo)(this.options.account),
            (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointLimit */ .hX)(this.options.account, `${method} ${template}`),
        ];
    }
    /** Certificate calls answer `{ code, message }`, `code` 0 for success (SDK models.go). */
    expectCodeZero(response, path) {
        const body = response.body;
        if (body?.code === undefined || body.code === 0 || body.code === '0')
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('cdnetworks', `${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(body.message) ?? 'the call failed'} (code ${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(body.code) ?? '?'})`, { status: response.status, requestId: response.requestId, action: path });
    }
}
/** `a.com, .b.com`: domains as CDNetworks names them (a leading dot for a wildcard domain). */
function parseCertificateDomains(resource) {
    const domains = resource
        .split(',')
        .map((entry) => (0,_hostnames_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiWildcardHostname */ .V)(entry))
        .filter((entry) => entry !== '');
    for (const domain of domains) {
        if (!DOMAIN.test(domain))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ(`'${domain.slice(0, 80)}' (input 'resource') is not a CDNetworks domain; give domain names, comma-separated (a wildcard domain as .example.com)`);
    }
    return [...new Set(domains)];
}
/** "2026-12-31 08:00:00" in CST (UTC+8) as ISO 8601 UTC; undefined when it is not that shape. */
function cstToIso(value) {
    const match = typeof value === 'string' ? CST_TIME.exec(value.trim()) : null;
    if (!match)
        return undefined;
    const [, y, mo, d, h, mi, s] = match.map(Number);
    return (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isoSeconds */ .nE)(Date.UTC(y, mo - 1, d, h, mi, s) - CST_OFFSET_MS);
}
function toStored(item) {
    const serial = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item['certificate-serial']);
    const issuer = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item['certificate-issuer']);
    const notBefore = cstToIso(item['certificate-validity-from']);
    const notAfter = cstToIso(item['certificate-validity-to']);
    const commonName = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item['dns-names']?.[0], 253);
    return {
        id: item['certificate-id'],
        name: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item.name) ?? '',
        ...(commonName ? { commonName } : {}),
        ...(serial ? { serial } : {}),
        ...(issuer ? { issuer } : {}),
        ...(notBefore ? { notBefore } : {}),
        ...(notAfter ? { notAfter } : {}),
        automated: false,
        boundTo: (item['related-domains'] ?? [])
            .map((name) => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(name, 253))
            .filter((name) => name !== undefined)
            .map((name) => `domain ${name}`),
    };
}
function toTarget(domain, bound, info) {
    const state = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(info.status);
    const cnameLabel = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(info['cname-label'], 253);
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


/***/ }),

/***/ 5908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ isoOrUndefined),
/* harmony export */   R7: () => (/* binding */ isCertificateManager),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   xN: () => (/* binding */ providerText)
/* harmony export */ });
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7718);

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
/**
 * A provider date as ISO 8601 UTC without milliseconds (past year 9999: far
 * future, dates.ts); undefined when unreadable.
 */
function isoOrUndefined(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    return isoSeconds(Date.parse(value));
}
/** `ms` as ISO 8601 UTC without milliseconds, through isoDate. */
function isoSeconds(ms) {
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDate */ ._)(ms)?.replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
;
//# sourceMappingURL=895.index.js.map