"use strict";
exports.id = 333;
exports.ids = [333];
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

/***/ 6333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCertificateOperation: () => (/* binding */ runCertificateOperation)
});

// EXTERNAL MODULE: ./src/catalog.ts
var catalog = __webpack_require__(8920);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/providers/certificates.ts
var providers_certificates = __webpack_require__(5908);
// EXTERNAL MODULE: ./src/providers/create-provider.ts
var create_provider = __webpack_require__(9880);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/operations/token-dates.ts
var token_dates = __webpack_require__(9339);
// EXTERNAL MODULE: ./src/certificates/facts.ts
var certificates_facts = __webpack_require__(7431);
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
            const facts = (0,certificates_facts/* certificateFacts */.lF)(peer);
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
        const certificates = await reader();
        const found = await storedCertificates(certificates, id, config.resource);
        for (const c of found.certificates)
            stored.push(stateOfStored(c, nowMs, warnDays));
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
    const certificates = await manager();
    const certificate = await certificates.get(id);
    const label = `Certificate ${id} '${certificate.name}'`;
    if (certificate.automated) {
        throw new errors/* RefusalError */.XQ(`${label} is issued and renewed by the provider (Let's Encrypt): cdnkit does not delete it. Nothing was deleted.`);
    }
    const usage = await certificates.usage(id);
    if (usage.length > 0) {
        throw new errors/* RefusalError */.XQ(`${label} is still bound to ${usage.slice(0, 5).join(', ')}${usage.length > 5 ? ` and ${usage.length - 5} more` : ''}: bind another certificate there first. Nothing was deleted.`);
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
    const certificates = await (await reader()).list();
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

// EXTERNAL MODULE: ./src/certificates/x509-dates.ts
var x509_dates = __webpack_require__(1222);
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
    const notAfter = (0,x509_dates/* parseX509Time */.z)(leaf.validTo);
    if (notAfter - options.nowMs <= options.warnDays * token_dates/* DAY_MS */.sO) {
        warnings.push(`the certificate expires within ${options.warnDays} days (${(0,x509_dates/* isoSeconds */.n)(notAfter)}): renew it before rotating it in`);
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
    const from = (0,x509_dates/* parseX509Time */.z)(certificate.validFrom);
    const to = (0,x509_dates/* parseX509Time */.z)(certificate.validTo);
    const which = index === 0 ? 'the certificate' : `block ${index + 1} of ${count}`;
    if (Number.isNaN(from) || Number.isNaN(to))
        throw new errors/* InputError */.dz(input, `${which} has a validity period that cannot be read`);
    if (nowMs < from)
        throw new errors/* InputError */.dz(input, `${which} is not valid yet: its validity starts ${(0,x509_dates/* isoSeconds */.n)(from)}`);
    if (nowMs >= to)
        throw new errors/* InputError */.dz(input, `${which} expired ${(0,x509_dates/* isoSeconds */.n)(to)}`);
}
/**
 * RFC 6125 §6.4.3 as Node implements it with partial wildcards off: `*` stands
 * for one whole left-most label. A wildcard hostname needs that very wildcard.
 */
function checkNames(leaf, names) {
    for (const { name, input } of names) {
        if (!covers(leaf, name))
            throw new errors/* InputError */.dz(input, `'${name}' is not covered by the certificate's DNS names (${listedNames(leaf)}); a wildcard covers exactly one label`);
    }
}
/** The certificate serves `name`: a wildcard hostname only by that very wildcard. */
function covers(leaf, name) {
    const wanted = name.toLowerCase();
    return wanted.startsWith('*.')
        ? (0,certificates_facts/* dnsNames */.Ww)(leaf.subjectAltName).some((san) => san.toLowerCase() === wanted)
        : leaf.checkHost(wanted, { subject: 'never', partialWildcards: false }) !== undefined;
}
/** The first DNS names of the certificate, for messages. */
function listedNames(leaf) {
    const sans = (0,certificates_facts/* dnsNames */.Ww)(leaf.subjectAltName);
    if (sans.length === 0)
        return 'none';
    return `${sans.slice(0, 5).join(', ')}${sans.length > 5 ? ', …' : ''}`;
}

// EXTERNAL MODULE: ./src/operations/rotation.ts
var rotation = __webpack_require__(4002);
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
    const facts = (0,certificates_facts/* certificateFacts */.lF)(material.leaf);
    const local = {
        name: config.certificate.name ?? (0,certificates_facts/* defaultCertificateName */.AI)(facts),
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
    const { certificate, reused } = await uploadOrReuse(await manager(), prepared, ctx);
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
                reused,
            },
            warnings: prepared.warnings,
        },
        rows: [
            ['Certificate', `${certificate.id} '${certificate.name || local.name}'`],
            ['Uploaded', reused ? 'no: the provider already has it (reused)' : 'yes'],
            ['Serial', facts.serial],
            ['Not after', `${facts.notAfter} (${outputs['days-left']} days left)`],
            ['Fingerprint (SHA-256)', facts.fingerprint],
            ['DNS names', facts.dnsNames.join(', ')],
        ],
        annotations: prepared.warnings.map((message) => ({ level: 'warning', message })),
    };
}
/**
 * The provider's copy of the certificate when it has one (same serial; Gcore:
 * same name, CN and not-after), else a new upload. A name another certificate
 * holds is refused before anything is sent.
 */
async function uploadOrReuse(certificates, { local, material, facts }, ctx) {
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
    ctx.logger.info(`Certificate ${facts.serial} ${verb} as ${certificate.id} '${certificate.name || local.name}'.`);
    return { certificate, reused: existing !== undefined };
}

;// CONCATENATED MODULE: ./src/operations/certificates/verify.ts
/**
 * How rotate-certificate proves the new certificate is live: the provider's
 * read-back (and CDNetworks' deploy status) until every target is done, then a
 * TLS probe of each hostname until it serves the new serial. One deadline,
 * `wait-timeout`, bounds both; it is the user's own bound and never scaled.
 */




/** Pause between read-backs (unscaled ms): a deploy takes minutes. */
const READ_BACK_PAUSE_MS = 15_000;
/** Pause between probes of a hostname that still serves another certificate (certificates.md). */
const PROBE_PAUSE_MS = 30_000;
/** Reads the binding back until every target is done; a failed target or the deadline stops it. */
async function followBinding(certificates, receipt, ctx, deadline) {
    const { timing, logger } = ctx;
    const pause = READ_BACK_PAUSE_MS * timing.scale;
    for (;;) {
        const states = await certificates.bindingState(receipt);
        const failed = states.filter((state) => state.state === 'failed');
        if (failed.length > 0) {
            throw new errors/* VerificationError */.mk(`the provider reports the binding failed: ${describe(failed)}`);
        }
        const pending = states.filter((state) => state.state !== 'done');
        if (pending.length === 0) {
            logger.info(`Read back: certificate ${receipt.certificateId} is live at ${describe(states)}.`);
            return states;
        }
        if (timing.now() + pause > deadline) {
            throw new errors/* VerificationError */.mk(`still deploying when wait-timeout (${waitTimeout(ctx)}) ended: ${describe(pending)}`);
        }
        logger.info(`Read back: ${states.length - pending.length} of ${states.length} done; waiting for ${describe(pending)}.`);
        await timing.sleep(pause);
    }
}
/**
 * Probes each hostname (SNI) until every one serves `serial`, pausing
 * PROBE_PAUSE_MS between rounds; throws when the deadline comes first.
 */
async function probeUntilServed(targets, serial, ctx, deadline) {
    const { timing, logger } = ctx;
    const pause = PROBE_PAUSE_MS * timing.scale;
    const wanted = (0,certificates_facts/* comparableSerial */.ls)(serial);
    const outcomes = new Map();
    const key = (target) => `${target.host}:${target.port}`;
    for (;;) {
        for (const target of targets) {
            if (outcomes.get(key(target))?.served)
                continue;
            outcomes.set(key(target), await probeOnce(target, wanted, ctx));
        }
        const waiting = [...outcomes.values()].filter((outcome) => !outcome.served);
        if (waiting.length === 0) {
            logger.info(`Probe: ${targets.map(key).join(', ')} serve${targets.length === 1 ? 's' : ''} serial ${serial}.`);
            return [...outcomes.values()];
        }
        const seen = waiting.map(describeProbe).join('; ');
        if (timing.now() + pause > deadline) {
            throw new errors/* VerificationError */.mk(`wait-timeout (${waitTimeout(ctx)}) ended before every hostname served serial ${serial}: ${seen}`);
        }
        logger.info(`Probe: ${seen}; probing again in ${(0,plan/* formatDuration */.a3)(PROBE_PAUSE_MS)}.`);
        await timing.sleep(pause);
    }
}
async function probeOnce(target, wanted, ctx) {
    const { config, timing } = ctx;
    try {
        const served = await probeCertificate(target, {
            timeoutMs: config.timeoutSeconds * 1000,
            nowMs: timing.now(),
            ...(config.certificate.probeConnect ? { connectTo: config.certificate.probeConnect } : {}),
        });
        return { target, serial: served.serial, served: (0,certificates_facts/* comparableSerial */.ls)(served.serial) === wanted };
    }
    catch (error) {
        return { target, served: false, error: error instanceof Error ? error.message : String(error) };
    }
}
function describeProbe(outcome) {
    const where = `${outcome.target.host}:${outcome.target.port}`;
    if (outcome.error)
        return `${where} could not be probed (${outcome.error})`;
    return `${where} serves serial ${outcome.serial}`;
}
function describe(states) {
    const shown = states.slice(0, 5).map((state) => `${state.target.label} (${state.detail})`);
    return `${shown.join(', ')}${states.length > 5 ? ` and ${states.length - 5} more` : ''}`;
}
function waitTimeout({ config }) {
    return `${config.waitTimeoutSeconds} s`;
}

;// CONCATENATED MODULE: ./src/operations/certificates/rotate.ts
/**
 * rotate-certificate (certificates.md, "Rotation"), declared on the rotation
 * engine: validate -> read the binding -> check the certificate covers every
 * hostname the provider serves there -> upload, or reuse the copy the provider
 * has -> bind (unless bound) -> verify: read-back and deploy status, then (with
 * `probe`) a TLS probe of each hostname until it serves the new serial ->
 * delete the old one (`delete-old`; only when verified, unused, not automated
 * and older than the new one). The old certificate stays bound until the new
 * one is, nothing is deleted before verification, and a rerun resumes where a
 * run stopped: it reuses the upload and skips a bind already made.
 */









async function rotateCertificate(manager, ctx, requestId) {
    const { config, logger, timing } = ctx;
    // validate: an InputError, before any request (a dry run validates too)
    const prepared = prepareCertificate(ctx);
    const { facts, local, material } = prepared;
    // parseCertificateInputs requires it for rotate-certificate
    const resource = config.resource ?? '';
    const provider = (0,errors/* providerLabel */.sQ)(config.provider);
    const progress = {
        targets: [],
        olds: [],
        reused: false,
        bound: false,
        boundBefore: false,
        readBack: [],
        probes: [],
        deleted: [],
    };
    const state = (0,rotation/* rotationState */.yS)(undefined, { verifies: true });
    const newSubject = () => {
        const created = progress.created;
        const how = progress.reused ? 'already uploaded' : 'uploaded';
        return {
            id: created.id,
            name: created.name || local.name,
            detail: progress.bound ? `bound to ${labels(progress.targets)}` : `${how}, not bound`,
        };
    };
    const resume = () => `Run again to resume: the rerun reuses certificate ${progress.created?.id}, finds it bound and checks again (wait-timeout ${config.waitTimeoutSeconds} s).${progress.olds.length > 0
        ? ` The rerun cannot tell which certificate it replaced: delete ${oldIds(progress)} with delete-certificate once the new one is served.`
        : ''}`;
    const probeTargets = () => {
        const given = config.certificate.hostnames;
        const all = given.length > 0
            ? given
            : unique(progress.targets.flatMap((target) => target.hostnames)).map((host) => ({
                host,
                port: 443,
            }));
        return all.filter((target) => !target.host.startsWith('*.'));
    };
    const probing = config.certificate.probe;
    const steps = [
        {
            role: 'other',
            name: 'Validating the certificate',
            plan: `validated the certificate: serial ${facts.serial}, not after ${facts.notAfter}, ${material.chain.length} certificate(s) in the chain, the key matches`,
            // done before the steps run (a dry run validates too); listed so the plan starts with it
            run: () => Promise.resolve(),
        },
        {
            role: 'read',
            name: 'Reading the binding',
            plan: `read the certificate ${resource} has bound now, and the hostnames it serves${config.provider === 'cdnetworks' ? ' (with the domains sharing its cname-label)' : ''}`,
            run: async () => {
                const certificates = await manager();
                progress.certificates = certificates;
                progress.targets = await certificates.bindingGroup(await certificates.targets(resource));
                for (const id of unique(progress.targets.flatMap((t) => t.certificateId ?? [])))
                    progress.olds.push(await certificates.get(id));
                logger.info(`${labels(progress.targets)}: ${progress.olds.length > 0 ? `certificate ${oldIds(progress)} bound now` : 'no certificate bound yet'}.`);
                return oldSubject(progress.olds);
            },
        },
        {
            role: 'other',
            name: 'Checking the hostnames',
            plan: `check the certificate covers every hostname ${provider} serves for ${resource}`,
            run: async () => checkCoverage(prepared, progress.targets),
        },
        {
            role: 'create',
            name: 'Uploading the new certificate',
            plan: `upload it as '${local.name}' (certificate ${Buffer.byteLength(material.certificatePem)} bytes, private key ${Buffer.byteLength(material.privateKeyPem)} bytes), unless ${provider} has it already (${config.provider === 'gcore' ? 'same name, CN and not-after' : 'same serial'})`,
            newName: () => local.name,
            advice: (now) => (now.mayExist ? 'A rerun finds that upload and reuses it.' : undefined),
            run: async (now) => {
                const { certificate, reused } = await uploadOrReuse(progress.certificates, prepared, ctx);
                progress.created = certificate;
                progress.reused = reused;
                progress.olds = progress.olds.filter((old) => old.id !== certificate.id);
                now.old = oldSubject(progress.olds);
                progress.bound = progress.targets.every((t) => t.certificateId === certificate.id);
                progress.boundBefore = progress.bound;
                if (progress.bound)
                    logger.info(`Certificate ${certificate.id} is bound already.`);
                return newSubject();
            },
        },
        {
            role: 'other',
            name: 'Binding the new certificate',
            plan: `bind it to ${resource}${config.provider === 'gcore' ? ' (PATCH sslData)' : ' (domains sharing a cname-label in one batch)'}, unless it is bound already`,
            skip: () => progress.bound,
            advice: () => `Certificate ${progress.created?.id} is uploaded but not bound${progress.olds.length > 0 ? `; ${oldIds(progress)} is still bound` : ''}. Run again: the rerun reuses it.`,
            run: async (now) => {
                const created = progress.created;
                const unbound = progress.targets.filter((t) => t.certificateId !== created.id);
                progress.receipt = await progress.certificates.bind(unbound, created.id);
                progress.bound = true;
                now.created = newSubject();
                logger.info(`Bound certificate ${created.id} to ${labels(unbound)}.`);
            },
        },
        {
            ...(probing ? { role: 'other' } : { role: 'verify' }),
            name: 'Reading the binding back',
            plan: config.provider === 'gcore'
                ? `read each resource back until sslData is the new certificate and its status active, for at most wait-timeout (${config.waitTimeoutSeconds} s)`
                : `follow the deploy until the request is SUCCESS and each domain Deployed (FAIL or Reviewing stops), for at most wait-timeout (${config.waitTimeoutSeconds} s)`,
            advice: resume,
            run: async () => {
                progress.deadline = timing.now() + config.waitTimeoutSeconds * 1000;
                const created = progress.created;
                const receipt = {
                    certificateId: created.id,
                    targets: progress.targets,
                    ...(progress.receipt?.requestId ? { requestId: progress.receipt.requestId } : {}),
                };
                progress.readBack = await followBinding(progress.certificates, receipt, ctx, progress.deadline);
            },
        },
        ...(probing
            ? [
                {
                    role: 'verify',
                    name: 'Probing the hostnames',
                    plan: `probe ${config.certificate.hostnames.length > 0 ? labelsOf(probeTargets()) : "the resource's hostnames"} over TLS every ${(0,plan/* formatDuration */.a3)(PROBE_PAUSE_MS)} until each serves serial ${facts.serial}, within wait-timeout`,
                    advice: resume,
                    run: async () => {
                        const targets = probeTargets();
                        if (targets.length === 0) {
                            logger.warning(`Nothing to probe: ${resource} serves wildcard hostnames only; name hostnames to probe in 'hostnames'.`);
                            return;
                        }
                        progress.probes = await probeUntilServed(targets, facts.serial, ctx, progress.deadline);
                    },
                },
            ]
            : []),
        ...(config.deleteOld
            ? [
                {
                    role: 'delete-old',
                    onFailure: 'warn',
                    plan: `delete the old certificate if the new one is verified, nothing uses it, ${provider} did not issue it, and it expires before the new one`,
                    skip: () => deletable().length === 0,
                    run: async () => {
                        const inUse = [];
                        for (const old of deletable()) {
                            const usage = await progress.certificates.usage(old.id);
                            if (usage.length > 0) {
                                inUse.push(`certificate ${old.id} is still bound to ${usage.slice(0, 3).join(', ')}`);
                                continue;
                            }
                            await progress.certificates.delete(old.id);
                            progress.deleted.push(old.id);
                            logger.info(`Deleted the old certificate ${old.id} '${old.name}'.`);
                        }
                        if (inUse.length > 0)
                            throw new Error(inUse.join('; '));
                    },
                },
            ]
            : []),
    ];
    /** Gcore gives no deploy signal: only a probe proves its edge serves the new certificate. */
    const proven = () => state.verified === true &&
        (config.provider !== 'gcore' ||
            (progress.probes.length > 0 && progress.probes.every((p) => p.served)));
    const keptBecause = (old) => {
        if (!proven())
            return `${provider} gives no deploy signal and no TLS probe showed the new certificate served${probing ? '' : " ('probe: false')"}`;
        if (old.automated)
            return `${provider} issues and renews it (Let's Encrypt)`;
        if (!old.notAfter || Date.parse(old.notAfter) >= Date.parse(facts.notAfter))
            return `it does not expire before the new one (not after ${old.notAfter ?? 'unknown'})`;
        return undefined;
    };
    const deletable = () => progress.olds.filter((old) => keptBecause(old) === undefined);
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'certificate',
        provider: config.provider,
        state,
        steps,
        secret: false,
        oldKept: () => (progress.bound ? `is kept (no longer bound to ${resource})` : 'is still bound'),
        report: () => rotationReport(prepared, progress, {
            ctx,
            requestId,
            keptBecause,
            verifiedNow: () => state.verified === true,
        }),
    });
}
/** Every hostname of every target (the resource's, and those switching with it) is covered. */
function checkCoverage(prepared, targets) {
    const { leaf } = prepared.material;
    for (const target of targets) {
        for (const host of target.hostnames) {
            if (covers(leaf, host))
                continue;
            const joined = target.joinedBecause
                ? ` (${target.label} switches too: ${target.joinedBecause})`
                : '';
            throw new errors/* InputError */.dz('resource', `${target.label} serves '${host}', which the certificate does not cover (its DNS names: ${listedNames(leaf)})${joined}; give a certificate for every hostname there`);
        }
    }
}
function rotationReport({ facts, local, warnings }, progress, { ctx, requestId, keptBecause, verifiedNow, }) {
    const { config } = ctx;
    const nowMs = ctx.timing.now();
    const created = progress.created;
    const name = created.name || local.name;
    const warnDays = config.token.warnDays;
    const verified = verifiedNow();
    const outputs = certificateOutputs({ ...facts, id: created.id }, nowMs);
    const newState = {
        label: `certificate ${created.id} '${name}' (new)`,
        source: 'stored',
        id: created.id,
        name,
        serial: facts.serial,
        fingerprint: facts.fingerprint,
        notAfter: facts.notAfter,
        daysLeft: (0,token_dates/* daysLeft */.H_)(facts.notAfter, nowMs),
        level: (0,token_dates/* expiryLevel */.wf)({ expiresAt: facts.notAfter, expired: false }, nowMs, warnDays),
        where: progress.bound ? progress.targets.map((t) => t.label) : [],
    };
    const oldStates = progress.olds.map((old) => {
        const stored = stateOfStored(old, nowMs, warnDays);
        const deleted = progress.deleted.includes(old.id);
        return {
            ...stored,
            label: `${stored.label} (old${deleted ? ', deleted' : ''})`,
            where: deleted || progress.bound ? [] : progress.targets.map((t) => t.label),
        };
    });
    const kept = progress.olds.filter((old) => !progress.deleted.includes(old.id));
    const annotations = warnings.map((message) => ({ level: 'warning', message }));
    if (config.deleteOld && verified) {
        for (const old of kept) {
            const reason = keptBecause(old);
            if (reason)
                annotations.push({
                    level: 'warning',
                    message: `The old certificate ${old.id} '${old.name}' is kept: ${reason}. Delete it with delete-certificate once the new one is served.`,
                });
        }
    }
    const probed = progress.probes.filter((probe) => probe.served).length;
    return {
        outputs: { ...outputs, 'request-id': requestId() ?? '' },
        result: {
            resource: config.resource,
            targets: progress.targets.map((t) => t.label),
            old: progress.olds.map((old) => ({
                id: old.id,
                name: old.name,
                notAfter: old.notAfter ?? null,
                automated: old.automated,
                deleted: progress.deleted.includes(old.id),
            })),
            new: {
                id: created.id,
                name,
                serial: facts.serial,
                fingerprint: facts.fingerprint,
                notAfter: facts.notAfter,
                daysLeft: Number(outputs['days-left']),
                reused: progress.reused,
                bound: progress.bound,
                boundBefore: progress.boundBefore,
            },
            readBack: progress.readBack.map((b) => ({
                target: b.target.label,
                state: b.state,
                detail: b.detail,
            })),
            probes: progress.probes.map((p) => ({
                host: p.target.host,
                port: p.target.port,
                serial: p.serial ?? null,
                served: p.served,
            })),
            warnings,
        },
        rows: [
            ['Resource', labels(progress.targets) || (config.resource ?? '')],
            [
                'Old certificate',
                progress.olds.map((o) => `${o.id} '${o.name}'`).join(', ') ||
                    (progress.boundBefore ? 'none: the new one was bound before this run' : 'none'),
            ],
            [
                'New certificate',
                `${created.id} '${name}' (${progress.reused ? 'reused: already uploaded' : 'uploaded'})`,
            ],
            ['Serial', facts.serial],
            ['Not after', `${facts.notAfter} (${outputs['days-left']} days left)`],
            ['Bound', progress.bound ? (progress.boundBefore ? 'yes (before this run)' : 'yes') : 'no'],
            ['Read back', progress.readBack.length > 0 ? 'every target has it' : 'no'],
            ['Verified', verified ? 'yes' : 'no'],
            [
                'TLS probe',
                config.certificate.probe
                    ? `${probed} of ${progress.probes.length} hostname(s) serve serial ${facts.serial}`
                    : "off ('probe: false')",
            ],
            [
                'Old certificate deleted',
                progress.deleted.length > 0
                    ? progress.deleted.join(', ')
                    : config.deleteOld
                        ? 'no'
                        : "no ('delete-old: false')",
            ],
        ],
        tables: [certificateTable('Certificates', [newState, ...oldStates])],
        annotations,
    };
}
function oldSubject(olds) {
    if (olds.length === 0)
        return undefined;
    if (olds.length === 1)
        return { id: olds[0].id, name: olds[0].name };
    return { id: olds.map((old) => old.id).join(' and ') };
}
function oldIds(progress) {
    return progress.olds.map((old) => old.id).join(' and ');
}
function labels(targets) {
    const shown = targets.slice(0, 5).map((target) => target.label);
    return `${shown.join(', ')}${targets.length > 5 ? ` and ${targets.length - 5} more` : ''}`;
}
function labelsOf(targets) {
    return targets.map((target) => `${target.host}:${target.port}`).join(', ');
}
function unique(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/operations/certificates/run.ts
/**
 * The certificate operations, loaded only when one of them runs: node:crypto's
 * X.509 and TLS code stay out of every other run, and each provider imports
 * its certificate client on first use.
 */









async function runCertificateOperation(ctx) {
    const { config } = ctx;
    // a probe of hostnames alone, and any dry run, needs no provider client
    let provider;
    const unsupported = () => new errors/* UnsupportedOperationError */.vR(config.provider, config.operation, catalog/* SUPPORTED_OPERATIONS */.YR[config.provider]);
    const reader = async () => {
        provider ??= await (0,create_provider/* createProvider */.Q)(ctx);
        if (!provider.certificates)
            throw unsupported();
        return provider.certificates();
    };
    const manager = async () => {
        const certificates = await reader();
        if (!(0,providers_certificates/* isCertificateManager */.R7)(certificates))
            throw unsupported();
        return certificates;
    };
    const requestId = () => provider?.http.lastRequestId;
    try {
        // runOperation sends only certificate operations here
        return await run(config.operation);
    }
    finally {
        provider?.http.dispose();
    }
    function run(operation) {
        switch (operation) {
            case 'upload-certificate':
                return uploadCertificate(manager, ctx, requestId);
            case 'rotate-certificate':
                return rotateCertificate(manager, ctx, requestId);
            case 'list-certificates':
                return listCertificates(reader, ctx, requestId);
            case 'delete-certificate':
                return deleteCertificate(manager, ctx, requestId);
            case 'check-certificate': {
                const probeOnly = config.certificate.hostnames.length > 0 && !config.certificate.id && !config.resource;
                return checkCertificate(probeOnly ? undefined : reader, ctx, requestId);
            }
        }
    }
}


/***/ }),

/***/ 8543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ describeRequest),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iM: () => (/* binding */ plannedSteps)
/* harmony export */ });
/** "2 min 30 s", "45 s", "< 1 s" */
function formatDuration(ms) {
    if (ms < 1000)
        return '< 1 s';
    const seconds = Math.round(ms / 1000);
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (minutes === 0)
        return `${seconds} s`;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
/** One line a planned request, for dry runs and debug logs: never headers or secrets. */
function describeRequest(request, index, total) {
    const bytes = request.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(request.body));
    return `request ${index + 1}/${total}: ${request.method} ${readablePath(request.path)} (${request.kind}, ${request.items.length} item${request.items.length === 1 ? '' : 's'}, ${bytes} bytes)`;
}
/** The path as a person reads it: `<id of cdn.example.com>` rather than its percent-encoding. */
function readablePath(path) {
    try {
        return decodeURI(path);
    }
    catch {
        return path;
    }
}
/**
 * `dry-run` for operations that are not a list of requests: the steps they
 * would take, logged and reported. Nothing is sent, not even a login.
 */
function plannedSteps(ctx, steps) {
    for (const [index, step] of steps.entries()) {
        ctx.logger.info(`dry run: step ${index + 1}/${steps.length}: ${step}`);
    }
    return {
        outputs: {},
        result: { dryRun: true, steps },
        rows: [['Mode', 'dry run: nothing was sent']],
        lists: [{ title: `Planned steps (${steps.length})`, items: [...steps] }],
    };
}


/***/ }),

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ storeStep),
/* harmony export */   LF: () => (/* binding */ deleteOldStep),
/* harmony export */   P3: () => (/* binding */ storedIn),
/* harmony export */   qm: () => (/* binding */ runRotation),
/* harmony export */   rd: () => (/* binding */ rotatedName),
/* harmony export */   yS: () => (/* binding */ rotationState)
/* harmony export */ });
/* unused harmony export describeState */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9957);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8543);




/** A fresh state: `old` is what the inputs name, `verifies` when a verify step will run. */
function rotationState(old, { verifies = false } = {}) {
    return {
        old,
        oldDeleted: false,
        createdRemoved: false,
        verified: verifies ? false : undefined,
        secrets: [],
        stored: false,
        warnings: [],
    };
}
/** Runs the steps in order; with dry-run, lists them and sends nothing. */
async function runRotation(ctx, rotation) {
    const { state, steps } = rotation;
    if (ctx.config.dryRun) {
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .plannedSteps */ .iM)(ctx, steps.flatMap((step) => (step.plan ? [step.plan] : [])));
    }
    for (const step of steps) {
        if (step.skip?.(state))
            continue;
        try {
            if (step.role === 'read')
                state.old = await step.run(state);
            else if (step.role === 'create')
                state.created = await step.run(state);
            else
                await step.run(state);
            if (step.role === 'verify')
                state.verified = true;
            if (step.role === 'delete-old')
                state.oldDeleted = true;
        }
        catch (error) {
            if (step.onFailure === 'warn') {
                const advice = step.advice?.(state) ?? adviceAfter(rotation, step);
                state.warnings.push(`${stepName(rotation, step)} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}.${advice ? ` ${advice}` : ''}`);
                continue;
            }
            return failed(rotation, step, error);
        }
    }
    return withWarnings(rotation.report(), state);
}
async function failed(rotation, step, error) {
    const { state } = rotation;
    if (step.newName && !provesNothingCreated(error))
        state.mayExist = step.newName();
    if (step.compensate && state.created) {
        try {
            await step.compensate();
            state.createdRemoved = true;
        }
        catch (cleanup) {
            state.compensationFailed = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(cleanup);
        }
    }
    const advice = step.advice?.(state);
    const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(stepName(rotation, step), error, 
    // what to fix (the cause's hint, unless the step has advice of its own), then what
    // exists now and what to clean up: the line ends with the rotation's advice, no hint after it
    [
        advice ? undefined : (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .hintSentence */ .t6)(error),
        describeState(rotation),
        adviceAfter(rotation, step),
        advice,
    ]
        .filter(Boolean)
        .join(' '));
    if (!state.created || state.createdRemoved)
        throw failure;
    return { ...withWarnings(rotation.report(), state), failure: failure.message };
}
/**
 * A failed create left nothing behind only when the provider refused it (4xx)
 * or cdnkit refused before sending. A 5xx, a reset, a timeout or a 2xx without
 * the expected answer may hide a create that happened.
 */
function provesNothingCreated(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ) {
        const status = error.status ?? 0;
        return status >= 400 && status < 500;
    }
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .QuotaError */ .ZP;
}
const ROLE_NAMES = {
    read: (noun) => `Reading the old ${noun}`,
    create: (noun) => `Creating the new ${noun}`,
    verify: (noun) => `Verifying the new ${noun}`,
    store: (noun) => `Storing the new ${noun}`,
    'delete-old': (noun) => `Deleting the old ${noun}`,
};
function stepName(rotation, step) {
    return step.name ?? ROLE_NAMES[step.role](rotation.noun);
}
/** What to do about a new one left behind by a failed step. */
function adviceAfter(rotation, step) {
    const { noun, state } = rotation;
    const operations = operationsOf(noun);
    const { created } = state;
    if (!created || state.createdRemoved)
        return undefined;
    if (state.compensationFailed)
        return `Delete ${noun} ${created.id} with ${operations.delete}.`;
    if (step.advice)
        return undefined;
    switch (step.role) {
        case 'verify':
            return `Delete ${noun} ${created.id} (${operations.delete}) once the cause is known.`;
        case 'store':
            return `Its secret is only in this step's masked outputs: delete ${noun} ${created.id} (${operations.delete}) and run again.`;
        case 'delete-old':
            return state.old ? `Delete ${noun} ${state.old.id} with ${operations.delete}.` : undefined;
        default:
            return undefined;
    }
}
/** "What exists now", in one or two sentences, from the state alone. */
function describeState(rotation) {
    const { noun, state } = rotation;
    const operations = operationsOf(noun);
    const old = state.old ? `${noun} ${named(state.old)}` : undefined;
    const { created } = state;
    if (created && state.createdRemoved) {
        return `Nothing was kept: the new ${noun} ${created.id} was deleted again${old ? ` and ${old} is unchanged` : ''}.`;
    }
    if (!created) {
        const kept = old
            ? `Nothing was ${state.mayExist ? '' : 'created or '}deleted: ${old} is unchanged.`
            : state.mayExist
                ? ''
                : `No ${noun} was created.`;
        if (!state.mayExist)
            return kept;
        const check = `The request may have reached ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .providerLabel */ .sQ)(rotation.provider)}: check ${operations.list} for a ${noun} named '${state.mayExist}'.`;
        return kept ? `${kept} ${check}` : check;
    }
    const facts = [
        ...(created.name !== undefined ? [`'${created.name}'`] : []),
        ...(created.detail ? [created.detail] : []),
        ...(state.verified === undefined ? [] : [state.verified ? 'verified' : 'not verified']),
        ...(rotation.secret === false
            ? []
            : [
                state.stored
                    ? `stored in ${state.secrets.map((secret) => secret.where).join(' and ')}`
                    : 'not stored',
            ]),
    ];
    const now = [`new ${created.id} (${facts.join(', ')})`];
    if (state.old) {
        const kept = rotation.oldKept?.(state) ?? 'still exists and works';
        now.push(`old ${named(state.old)} ${state.oldDeleted ? 'was deleted' : kept}`);
    }
    const sentences = [`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .capitalise */ .sK)(noun)}s now: ${now.join('; ')}.`];
    if (!state.stored && state.secrets.length > 0) {
        sentences.push(`GitHub secrets now: ${state.secrets.map((secret) => `${secret.where} ${secret.holds}`).join('; ')}.`);
    }
    if (state.compensationFailed) {
        sentences.push(`Deleting the new ${noun} ${created.id} again failed too: ${state.compensationFailed}.`);
    }
    return sentences.join(' ');
}
/** The last step of a rotation: delete the old one (declared only with `delete-old`). */
function deleteOldStep(plan, remove) {
    return { role: 'delete-old', plan, run: remove };
}
/**
 * The store step: writes each secret in order, one at a time. When a write
 * fails, the secrets written before it are put back where a value to restore
 * is known, so a stored pair never mixes an old half with a new half; the state
 * says what each secret holds.
 */
function storeStep(store, plan, secrets) {
    return {
        role: 'store',
        plan,
        run: async (state) => {
            const written = [];
            for (const secret of secrets()) {
                const where = store.describe(secret.name);
                try {
                    await store.store([{ name: secret.name, value: secret.value }]);
                }
                catch (error) {
                    await restore(store, written);
                    state.secrets.push({ where, holds: 'keeps its earlier value (this write failed)' });
                    throw error;
                }
                const entry = { where, holds: `holds ${secret.what}` };
                state.secrets.push(entry);
                written.push([secret, entry]);
            }
            state.stored = true;
        },
    };
}
async function restore(store, written) {
    for (const [secret, state] of written) {
        if (!secret.restore)
            continue;
        try {
            await store.store([{ name: secret.name, value: secret.restore.value }]);
            state.holds = `holds ${secret.restore.what} again`;
        }
        catch (error) {
            state.holds += ` (writing ${secret.restore.what} back failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)})`;
        }
    }
}
/** Where the new secret went, once every write of the store step succeeded. */
function storedIn(state) {
    return state.stored ? state.secrets.map((secret) => secret.where) : [];
}
/** The report with the warnings of steps that may fail without failing the operation. */
function withWarnings(report, state) {
    if (state.warnings.length === 0)
        return report;
    return {
        ...report,
        annotations: [
            ...(report.annotations ?? []),
            ...state.warnings.map((message) => ({ level: 'warning', message })),
        ],
    };
}
/**
 * Timestamp suffixes rotations add: `-20250601T123456Z`, and `-20261123T0915Z`
 * from rotate-credential before 0.2. Every trailing one is replaced, so names
 * never grow.
 */
const ROTATION_SUFFIXES = /(?:-\d{8}T\d{4}(?:\d{2})?Z)+$/;
/** The default name of a replacement: the old name with a UTC timestamp suffix. */
function rotatedName(oldName, nowMs) {
    const stamp = new Date(nowMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    return `${oldName.replace(ROTATION_SUFFIXES, '') || 'cdnkit'}-${stamp}`;
}
/** The operations that list and delete what a rotation makes: `list-tokens`, `delete-token`. */
function operationsOf(noun) {
    return { list: `list-${noun}s`, delete: `delete-${noun}` };
}
function named(subject) {
    return subject.name === undefined ? subject.id : `${subject.id} ('${subject.name}')`;
}


/***/ }),

/***/ 9339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ daysLeft),
/* harmony export */   KN: () => (/* binding */ expiryFrom),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   wf: () => (/* binding */ expiryLevel)
/* harmony export */ });
/* unused harmony export EXPIRY_ERROR_DAYS */
/** Dates of API tokens: pure, so expiry rules are tested with fixed clocks. */
const DAY_MS = 86_400_000;
/** A token this close to expiry is an error, not a warning (Gcore's portal warns at 7 days and 1 day). */
const EXPIRY_ERROR_DAYS = 1;
/** The expiry of a token created now: `days` from now (ISO 8601 UTC, whole seconds), or null. */
function expiryFrom(days, nowMs) {
    if (days === 'never')
        return null;
    return new Date(Math.floor((nowMs + days * DAY_MS) / 1000) * 1000).toISOString();
}
/** Whole days until `expiresAt` (rounded down, 0 once expired); undefined for never or unreadable. */
function daysLeft(expiresAt, nowMs) {
    const at = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, Math.floor((at - nowMs) / DAY_MS));
}
/**
 * How urgent a token's expiry is: expired, within a day (error), within
 * `warnDays` (warning), later (ok), never, or an expiry that cannot be read.
 */
function expiryLevel(token, nowMs, warnDays) {
    if (token.expired)
        return 'expired';
    if (token.expiresAt === null)
        return 'never';
    const at = Date.parse(token.expiresAt);
    if (Number.isNaN(at))
        return 'unknown';
    const left = at - nowMs;
    if (left <= 0)
        return 'expired';
    if (left <= EXPIRY_ERROR_DAYS * DAY_MS)
        return 'error';
    if (left <= warnDays * DAY_MS)
        return 'warning';
    return 'ok';
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
//# sourceMappingURL=333.index.js.map