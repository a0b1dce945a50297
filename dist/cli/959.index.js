"use strict";
exports.id = 959;
exports.ids = [959];
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

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MEDIANOVA_CERTIFICATE_PATHS: () => (/* binding */ MEDIANOVA_CERTIFICATE_PATHS),
/* harmony export */   MedianovaCertificates: () => (/* binding */ MedianovaCertificates)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5908);
/* harmony import */ var _cdn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7852);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(385);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8435);
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
    resource: (organization, uuid) => `${_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .ENDPOINTS */ .H.resources(organization)}/${encodeURIComponent(uuid)}`,
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
        for (let page = 1; page <= _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_LIST_PAGES */ .rt; page++) {
            const response = await this.auth.send({
                method: 'GET',
                path: MEDIANOVA_CERTIFICATE_PATHS.list(this.organization),
                query: { page, limit: PAGE_LIMIT },
            });
            const items = Array.isArray(response.body?.data) ? response.body.data : [];
            for (const item of items) {
                const stored = toStored(item);
                if (stored)
                    all.push(stored);
            }
            const lastPage = Number(response.body?.paginate?.last_page ?? page);
            if (items.length === 0 || !Number.isFinite(lastPage) || page >= lastPage)
                break;
        }
        return all;
    }
    async get(id) {
        const found = (await this.list()).find((certificate) => certificate.id === id);
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('medianova', `no SSL certificate has the uuid ${id}`, {
                action: `GET ${MEDIANOVA_CERTIFICATE_PATHS.list(this.organization)}`,
            });
        }
        return found;
    }
    /** `resource` (uuid or hostname) and the `ssl_uuid` bound to it. */
    async targets(resource) {
        const cdn = new _cdn_js__WEBPACK_IMPORTED_MODULE_1__/* .MedianovaCdn */ .YP(this.auth, {
            organization: this.organization,
            resource,
            checkHosts: true,
        });
        const found = await cdn.resolveResource();
        const response = await this.auth.send({
            method: 'GET',
            path: MEDIANOVA_CERTIFICATE_PATHS.resource(this.organization, found.id),
        });
        const bound = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .providerText */ .xN)(response.body?.data?.ssl_uuid);
        const state = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .providerText */ .xN)(response.body?.data?.status);
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
function toStored(item) {
    const id = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .providerText */ .xN)(item.uuid);
    if (id === undefined)
        return undefined;
    const commonName = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .providerText */ .xN)(item.common_name, 253);
    // expire_date's format is unknown: whatever Date.parse reads, else nothing
    const notAfter = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isoOrUndefined */ .DL)(item.expire_date);
    const resources = Array.isArray(item.resources) ? item.resources : [];
    return {
        id,
        name: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .providerText */ .xN)(item.ssl_name) ?? '',
        ...(commonName ? { commonName } : {}),
        ...(notAfter ? { notAfter } : {}),
        automated: false,
        boundTo: resources
            .map((resource) => {
            const entry = resource;
            return (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .providerText */ .xN)(entry?.cdn_url, 253) ?? (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .providerText */ .xN)(entry?.resource_uuid);
        })
            .filter((name) => name !== undefined)
            .map((name) => `resource ${name}`),
    };
}


/***/ })

};
;
//# sourceMappingURL=959.index.js.map