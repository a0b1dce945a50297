"use strict";
exports.id = 535;
exports.ids = [535];
exports.modules = {

/***/ 5908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ isoOrUndefined),
/* harmony export */   R7: () => (/* binding */ isCertificateManager),
/* harmony export */   xN: () => (/* binding */ providerText)
/* harmony export */ });
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


/***/ }),

/***/ 2535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GCORE_CERTIFICATE_PATHS: () => (/* binding */ GCORE_CERTIFICATE_PATHS),
/* harmony export */   GcoreCertificates: () => (/* binding */ GcoreCertificates)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5908);
/* harmony import */ var _http_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1513);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1841);
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
            const body = await this.api.get(GCORE_CERTIFICATE_PATHS.certificates, _http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5, {
                limit: PAGE_SIZE,
                offset: page * PAGE_SIZE,
            });
            const items = listItems(body);
            for (const item of items) {
                const stored = toStored(item);
                if (stored)
                    all.push(stored);
            }
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
        for (const resource of listItems(await this.api.get(_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .GCORE_PATHS */ .I.resources, _http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5))) {
            const id = resource.sslEnabled === false ? undefined : (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.sslData);
            if (id === undefined || resource.deleted === true)
                continue;
            bound.set(id, [...(bound.get(id) ?? []), resourceLabel(resource)]);
        }
        return bound;
    }
    /** The certificate, with the resources that use it (its own answer has only a flag). */
    async get(id) {
        const path = GCORE_CERTIFICATE_PATHS.certificate(id);
        const found = toStored((await this.api.get(path, _http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5)));
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
        const stored = toStored({ name: upload.name, ...response.body });
        if (!stored) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', `the answer carries no certificate id, although certificate '${upload.name}' may have been created: run list-certificates`, { status: response.status, requestId: response.requestId, action: `POST ${path}` });
        }
        return stored;
    }
    async usage(id) {
        const body = (await this.api.get(GCORE_CERTIFICATE_PATHS.usage(id), _http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5));
        const resources = Array.isArray(body?.resources) ? body.resources : [];
        return resources.map((resource) => resourceLabel(resource));
    }
    async delete(id) {
        await this.api.request({ method: 'DELETE', path: GCORE_CERTIFICATE_PATHS.certificate(id) });
    }
    /** `resource`: a resource id, or one of its hostnames (cname or secondary hostname). */
    async targets(resource) {
        if (/^\d+$/.test(resource))
            return [toTarget(await this.readResource(resource))];
        const wanted = resource.toLowerCase();
        const all = listItems(await this.api.get(_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .GCORE_PATHS */ .I.resources, _http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5));
        const match = all.find((candidate) => candidate.deleted !== true &&
            candidate.status !== 'deleted' &&
            hostnamesOf(candidate).includes(wanted));
        if (!match) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', `no CDN resource has the hostname '${resource}' (checked the cname and secondaryHostnames of ${all.length} resources)`, { action: `GET ${_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .GCORE_PATHS */ .I.resources}` });
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
            const path = _endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .GCORE_PATHS */ .I.resource(target.id);
            const response = await this.api.request({
                method: 'PATCH',
                path,
                body: { sslEnabled: true, sslData },
            });
            if (response.body?.sslData !== undefined && Number(response.body.sslData) !== sslData) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('gcore', `the resource answered sslData ${String(response.body.sslData)}, not ${sslData}`, { status: response.status, requestId: response.requestId, action: `PATCH ${path}` });
            }
        }
        return { certificateId, targets };
    }
    /** Gcore has no deploy signal: the resource reads back `sslData == N` and `status: active`. */
    async bindingState(receipt) {
        const states = [];
        for (const target of receipt.targets) {
            const resource = await this.readResource(target.id);
            const bound = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.sslData);
            const status = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.status) ?? 'unknown';
            const detail = `sslData ${bound ?? 'none'}, status ${status}`;
            const state = bound !== receipt.certificateId ? 'failed' : status === 'active' ? 'done' : 'pending';
            states.push({ target: toTarget(resource), state, detail });
        }
        return states;
    }
    readResource(id) {
        return this.api.get(_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .GCORE_PATHS */ .I.resource(id), _http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5);
    }
}
/** Gcore lists are a bare array, or `{ count, next, previous, results }` when paginated. */
function listItems(body) {
    if (Array.isArray(body))
        return body;
    const results = body?.results;
    return Array.isArray(results) ? results : [];
}
function toStored(item) {
    const id = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item?.id);
    if (!item || id === undefined || item.deleted === true)
        return undefined;
    const commonName = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item.cert_subject_cn, 253);
    const issuer = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item.cert_issuer);
    const notBefore = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isoOrUndefined */ .DL)(item.validity_not_before);
    const notAfter = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isoOrUndefined */ .DL)(item.validity_not_after);
    return {
        id,
        name: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(item.name) ?? '',
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
        .map((name) => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(name, 253)?.toLowerCase())
        .filter((name) => name !== undefined);
}
function resourceLabel(resource) {
    const cname = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.cname, 253);
    return `resource ${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.id) ?? '?'}${cname ? ` (${cname})` : ''}`;
}
function toTarget(resource) {
    const id = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.id);
    if (id === undefined)
        throw shapeError('GET /cdn/resources', 'a resource carries no id');
    const bound = resource.sslEnabled === false ? undefined : (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.sslData);
    const state = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .providerText */ .xN)(resource.status);
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