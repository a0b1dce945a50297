"use strict";
exports.id = 535;
exports.ids = [535];
exports.modules = {

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


/***/ }),

/***/ 2535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GCORE_CERTIFICATE_PATHS: () => (/* binding */ GCORE_CERTIFICATE_PATHS),
/* harmony export */   GcoreCertificates: () => (/* binding */ GcoreCertificates)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hostnames_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5851);
/* harmony import */ var _http_pages_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9164);
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9096);
/* harmony import */ var _http_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1513);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5908);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9667);
/* harmony import */ var _cdn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8361);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1841);
/**
 * Gcore CDN certificates (`/cdn/sslData`) and their binding to CDN resources
 * (certificates.md; Gcore's OpenAPI spec `cdn_api.yaml`: "SSL certificates",
 * "CDN resources"). A resource is only ever changed with PATCH: a PUT replaces
 * the whole resource (certimate #595, #672). Every answer is read through a
 * shape (src/http/shape.ts); none declares a private key field.
 */









/** Every certificate path, in one place. */
const GCORE_CERTIFICATE_PATHS = {
    /** GET ?limit&offset (envelope with limit, bare array without); POST: upload (201, id in body) */
    certificates: '/cdn/sslData',
    /** GET: name, cert_subject_cn, validity_not_after, automated; DELETE: 204, 400 while in use */
    certificate: (id) => `/cdn/sslData/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .pathSegment */ .p)(id)}`,
    /** GET: { resources: [{ id, cname, status }] } */
    usage: (id) => `/cdn/sslData/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .pathSegment */ .p)(id)}/usage`,
};
/** Certificates listed per page; pages read at most (50,000 certificates). */
const PAGE_SIZE = 1000;
const MAX_PAGES = 50;
/**
 * Where an answer would carry the private key, were Gcore ever to echo it:
 * registered as a secret before the answer is read, and never read.
 */
const KEY_FIELDS = ['sslPrivateKey'];
const CERTIFICATE_FIELDS = {
    id: _http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id,
    name: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    cert_subject_cn: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    cert_issuer: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    validity_not_before: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    validity_not_after: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj),
    automated: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM),
    deleted: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM),
};
const CERTIFICATE = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(CERTIFICATE_FIELDS);
/** With `limit`: `{ count, next, previous, results }`; a bare array is the whole list. */
const CERTIFICATE_PAGE = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .either */ .gP)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)(CERTIFICATE), (items) => ({ items, whole: true, count: undefined })), (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({ count: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .ai), results: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)(CERTIFICATE) }), (page) => ({
    items: page.results,
    whole: false,
    count: page.count,
})));
/**
 * The upload answer, read leniently: the certificate exists once Gcore
 * answered 2xx, so a field that does not fit is dropped, and a missing id is
 * reported as "may have been created", never as a shape error.
 */
const UPLOADED = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .lenient */ .W_)(CERTIFICATE_FIELDS));
/** A CDN resource with its certificate: `sslData` is the certificate id, null for none. */
const RESOURCE = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({
    ..._cdn_js__WEBPACK_IMPORTED_MODULE_5__/* .RESOURCE_FIELDS */ .Z9,
    sslEnabled: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM),
    sslData: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id),
});
const USAGE = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({
    resources: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YO)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)({ id: _http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id, cname: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj) }))),
});
/** The PATCH answer: only `sslData` is compared; the read-back decides the rest. */
const PATCHED = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .lenient */ .W_)({ sslData: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_2__.id) })));
class GcoreCertificates {
    api;
    provider = 'gcore';
    constructor(api) {
        this.api = api;
    }
    /** Page by page (`limit`/`offset`, readPages); a list that cannot be read to its end is an error. */
    async list() {
        const path = GCORE_CERTIFICATE_PATHS.certificates;
        const list = await (0,_http_pages_js__WEBPACK_IMPORTED_MODULE_8__/* .readPages */ .n)(async (page) => {
            const body = await this.api.get(path, CERTIFICATE_PAGE, {
                limit: PAGE_SIZE,
                offset: (page - 1) * PAGE_SIZE,
            });
            return { items: body.items, total: body.count, ...(body.whole ? { lastPage: page } : {}) };
        }, (certificate) => certificate.id, { maxPages: MAX_PAGES, maxItems: MAX_PAGES * PAGE_SIZE, pageSize: PAGE_SIZE });
        if (!list.complete) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', `the certificate list could not be read to its end (${(0,_http_pages_js__WEBPACK_IMPORTED_MODULE_8__/* .incompleteReason */ .D)(list)})`, { action: `GET ${path}` });
        }
        const bindings = await this.bindings();
        return list.items.flatMap((item) => {
            const certificate = toStored(item);
            return certificate ? [{ ...certificate, boundTo: bindings.get(certificate.id) ?? [] }] : [];
        });
    }
    /** Certificate id -> the resources it is bound to, from one read of the resource list. */
    async bindings() {
        const bound = new Map();
        for (const resource of await this.api.get(_endpoints_js__WEBPACK_IMPORTED_MODULE_6__/* .GCORE_PATHS */ .I.resources, (0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c)(RESOURCE))) {
            const id = resource.sslEnabled === false ? undefined : (resource.sslData ?? undefined);
            if (id === undefined || resource.deleted === true)
                continue;
            bound.set(id, [...(bound.get(id) ?? []), resourceLabel(resource)]);
        }
        return bound;
    }
    /** The certificate, with the resources that use it (its own answer has only a flag). */
    async get(id) {
        const path = GCORE_CERTIFICATE_PATHS.certificate(id);
        const { body } = await this.api.request({
            method: 'GET',
            path,
            shape: CERTIFICATE,
            secretFields: KEY_FIELDS,
        });
        const found = toStored(body);
        if (!found)
            throw shapeError(`GET ${path}`, `certificate ${id} is deleted`);
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
            shape: UPLOADED,
            secretFields: KEY_FIELDS,
            body: {
                name: upload.name,
                sslCertificate: upload.certificatePem,
                sslPrivateKey: upload.privateKeyPem,
                validate_root_ca: true,
            },
            // an upload must not run twice: only answers proving it was not processed are retried
            retry: 'throttled-only',
        });
        const stored = toStored({ name: upload.name, ...response.body });
        if (!stored) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', `the answer carries no certificate id, although certificate '${upload.name}' may have been created: run list-certificates`, { status: response.status, requestId: response.requestId, action: `POST ${path}` });
        }
        return stored;
    }
    async usage(id) {
        const { resources } = await this.api.get(GCORE_CERTIFICATE_PATHS.usage(id), USAGE);
        return (resources ?? []).map(resourceLabel);
    }
    async delete(id) {
        await this.api.request({ method: 'DELETE', path: GCORE_CERTIFICATE_PATHS.certificate(id) });
    }
    /** `resource`: a resource id, or one of its hostnames (cname or secondary hostname). */
    async targets(resource) {
        if (/^\d+$/.test(resource))
            return [toTarget(await this.readResource(resource))];
        const wanted = (0,_hostnames_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiHostname */ .r)(resource);
        const all = await this.api.get(_endpoints_js__WEBPACK_IMPORTED_MODULE_6__/* .GCORE_PATHS */ .I.resources, (0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c)(RESOURCE));
        const match = all.find((candidate) => candidate.deleted !== true &&
            candidate.status !== 'deleted' &&
            (0,_cdn_js__WEBPACK_IMPORTED_MODULE_5__/* .hostnamesOf */ .qG)(candidate).includes(wanted));
        if (!match) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', `no CDN resource has the hostname '${resource}' (checked the cname and secondaryHostnames of ${all.length} resources)`, { action: `GET ${_endpoints_js__WEBPACK_IMPORTED_MODULE_6__/* .GCORE_PATHS */ .I.resources}` });
        }
        return [toTarget(match)];
    }
    /** A resource's certificate is its own: nothing else switches with it. */
    bindingGroup(targets) {
        return Promise.resolve([...targets]);
    }
    /** `PATCH /cdn/resources/{id}` `{"sslEnabled":true,"sslData":N}` per resource, never PUT. */
    async bind(targets, certificateId) {
        const sslData = numericId(certificateId);
        for (const target of targets) {
            const path = _endpoints_js__WEBPACK_IMPORTED_MODULE_6__/* .GCORE_PATHS */ .I.resource(target.id);
            const response = await this.api.request({
                method: 'PATCH',
                path,
                body: { sslEnabled: true, sslData },
                shape: PATCHED,
            });
            const answered = response.body?.sslData;
            if (answered !== undefined && answered !== null && answered !== String(sslData)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', `the resource answered sslData ${answered}, not ${sslData}`, { status: response.status, requestId: response.requestId, action: `PATCH ${path}` });
            }
        }
        return { certificateId, targets };
    }
    /** Gcore has no deploy signal: the resource reads back `sslData == N` and `status: active`. */
    async bindingState(receipt) {
        const states = [];
        for (const target of receipt.targets) {
            const resource = await this.readResource(target.id);
            const bound = resource.sslData ?? undefined;
            const status = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.status) ?? 'unknown';
            const detail = `sslData ${bound ?? 'none'}, status ${status}`;
            const state = bound !== receipt.certificateId ? 'failed' : status === 'active' ? 'done' : 'pending';
            states.push({ target: toTarget(resource), state, detail });
        }
        return states;
    }
    readResource(id) {
        return this.api.get(_endpoints_js__WEBPACK_IMPORTED_MODULE_6__/* .GCORE_PATHS */ .I.resource(id), RESOURCE);
    }
}
function toStored(item) {
    if (!item?.id || item.deleted === true)
        return undefined;
    const commonName = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item.cert_subject_cn, 253);
    const issuer = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item.cert_issuer);
    const notBefore = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isoOrUndefined */ .DL)(item.validity_not_before);
    const notAfter = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isoOrUndefined */ .DL)(item.validity_not_after);
    return {
        id: item.id,
        name: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item.name) ?? '',
        ...(commonName ? { commonName } : {}),
        ...(issuer ? { issuer } : {}),
        ...(notBefore ? { notBefore } : {}),
        ...(notAfter ? { notAfter } : {}),
        automated: item.automated === true,
    };
}
function resourceLabel(resource) {
    const cname = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.cname, 253);
    return `resource ${resource.id}${cname ? ` (${cname})` : ''}`;
}
function toTarget(resource) {
    const bound = resource.sslEnabled === false ? undefined : (resource.sslData ?? undefined);
    const state = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.status);
    return {
        id: resource.id,
        label: resourceLabel(resource),
        hostnames: (0,_cdn_js__WEBPACK_IMPORTED_MODULE_5__/* .hostnamesOf */ .qG)(resource),
        ...(bound ? { certificateId: bound } : {}),
        ...(state ? { state } : {}),
    };
}
/** Gcore certificate ids are integers; `sslData` takes one. */
function numericId(id) {
    if (!/^\d+$/.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ(`Gcore certificate ids are numbers, not '${id}'`);
    return Number(id);
}
function shapeError(action, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', message, { action });
}


/***/ })

};
;
//# sourceMappingURL=535.index.js.map