"use strict";
exports.id = 959;
exports.ids = [959];
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

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MEDIANOVA_CERTIFICATE_PATHS: () => (/* binding */ MEDIANOVA_CERTIFICATE_PATHS),
/* harmony export */   MedianovaCertificates: () => (/* binding */ MedianovaCertificates)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_pages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9164);
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9096);
/* harmony import */ var _http_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1513);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5908);
/* harmony import */ var _cdn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7852);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(385);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8435);
/**
 * Medianova SSL certificates, read only. The list is unofficial (fatihusta/
 * medianova-go `cdn/ssl/ssl.go`, `model.go`): `GET /api/v1/ssl/{org}?page&limit`
 * -> `data[]{uuid, ssl_name, expire_date, common_name, resources[]}` and
 * `paginate.last_page`. No source documents upload, binding or deletion.
 */








/** Paths in one place: the list is unofficial, the resource read official. */
const MEDIANOVA_CERTIFICATE_PATHS = {
    /** GET ?page=N&limit=100 (unofficial) */
    list: (organization) => `/api/v1/ssl/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathSegment */ .p)(organization)}`,
    /** GET: one resource, whose `ssl_uuid` is the certificate bound (official path) */
    resource: (organization, uuid) => `${_endpoints_js__WEBPACK_IMPORTED_MODULE_4__/* .ENDPOINTS */ .H.resources(organization)}/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathSegment */ .p)(uuid)}`,
};
const PAGE_LIMIT = 100;
/** One certificate of the list (fatihusta/medianova-go `cdn/ssl/model.go`). */
const LISTED = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({
    uuid: _http_shape_js__WEBPACK_IMPORTED_MODULE_1__.id,
    ssl_name: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .Yj),
    /** format unknown: whatever Date.parse reads, else nothing */
    expire_date: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .Yj),
    common_name: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .Yj),
    resources: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YO)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({ resource_uuid: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__.id), cdn_url: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .Yj) }))),
});
const SSL_PAGE = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({
    data: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YO)(LISTED),
    paginate: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({ last_page: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .numeric */ .sH), total: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .numeric */ .sH) })),
});
/** The resource read: `ssl_uuid` is the certificate bound (absent, null or "" for none). */
const RESOURCE_SSL = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({
    data: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({
        ssl_uuid: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .either */ .gP)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__.id, (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .word */ .Vm)(['']), () => undefined))),
        status: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .either */ .gP)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .Yj, (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .map */ .Tj)(_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .numeric */ .sH, String))),
    }),
});
class MedianovaCertificates {
    auth;
    organization;
    provider = 'medianova';
    constructor(auth, organization) {
        this.auth = auth;
        this.organization = organization;
    }
    /** Every page (readPages: `paginate.last_page`, bounded); a list read only in part is an error. */
    async list() {
        const path = MEDIANOVA_CERTIFICATE_PATHS.list(this.organization);
        const list = await (0,_http_pages_js__WEBPACK_IMPORTED_MODULE_6__/* .readPages */ .n)(async (page) => {
            const { body } = await this.auth.send({
                method: 'GET',
                path,
                query: { page, limit: PAGE_LIMIT },
                shape: SSL_PAGE,
            });
            return {
                items: body.data,
                total: body.paginate?.total,
                lastPage: body.paginate?.last_page,
            };
        }, (ssl) => ssl.uuid, { maxPages: _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_LIST_PAGES */ .rt, maxItems: _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_LIST_ITEMS */ .HD });
        if (!list.complete) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('medianova', `the SSL certificate list could not be read to its end (${(0,_http_pages_js__WEBPACK_IMPORTED_MODULE_6__/* .incompleteReason */ .D)(list)})`, { action: `GET ${path}` });
        }
        return list.items.map(toStored);
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
        const cdn = new _cdn_js__WEBPACK_IMPORTED_MODULE_3__/* .MedianovaCdn */ .YP(this.auth, {
            organization: this.organization,
            resource,
            checkHosts: true,
        });
        const found = await cdn.resolveResource();
        const { body } = await this.auth.send({
            method: 'GET',
            path: MEDIANOVA_CERTIFICATE_PATHS.resource(this.organization, found.id),
            shape: RESOURCE_SSL,
        });
        const bound = body.data.ssl_uuid;
        const state = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .providerText */ .xN)(body.data.status);
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
    const commonName = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .providerText */ .xN)(item.common_name, 253);
    const notAfter = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .isoOrUndefined */ .DL)(item.expire_date);
    return {
        id: item.uuid,
        name: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .providerText */ .xN)(item.ssl_name) ?? '',
        ...(commonName ? { commonName } : {}),
        ...(notAfter ? { notAfter } : {}),
        automated: false,
        boundTo: (item.resources ?? [])
            .map((resource) => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .providerText */ .xN)(resource.cdn_url, 253) ?? resource.resource_uuid)
            .filter((name) => name !== undefined)
            .map((name) => `resource ${name}`),
    };
}


/***/ })

};
;
//# sourceMappingURL=959.index.js.map