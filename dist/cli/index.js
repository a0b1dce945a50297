#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 8920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ isCredentialOperation),
/* harmony export */   YR: () => (/* binding */ SUPPORTED_OPERATIONS),
/* harmony export */   b$: () => (/* binding */ isCertificateOperation),
/* harmony export */   iN: () => (/* binding */ UNSUPPORTED_REASONS),
/* harmony export */   xb: () => (/* binding */ OPERATIONS),
/* harmony export */   xq: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/* unused harmony exports CDN_OPERATIONS, CREDENTIAL_OPERATIONS, TOKEN_OPERATIONS, CERTIFICATE_OPERATIONS */
/** Which provider offers which operation: the one table both validation and docs read. */
const PROVIDERS = ['medianova', 'gcore', 'cdnetworks'];
const CDN_OPERATIONS = ['purge', 'prefetch', 'purge-status'];
const CREDENTIAL_OPERATIONS = [
    'list-credentials',
    'get-credential',
    'create-credential',
    'update-credential',
    'delete-credential',
    'rotate-credential',
];
const TOKEN_OPERATIONS = [
    'list-tokens',
    'create-token',
    'delete-token',
    'rotate-token',
    'check-token',
];
const CERTIFICATE_OPERATIONS = [
    'upload-certificate',
    'rotate-certificate',
    'check-certificate',
    'list-certificates',
    'delete-certificate',
];
const OPERATIONS = [
    'login',
    ...CDN_OPERATIONS,
    ...CREDENTIAL_OPERATIONS,
    ...TOKEN_OPERATIONS,
    ...CERTIFICATE_OPERATIONS,
];
const SUPPORTED_OPERATIONS = {
    medianova: [
        'login',
        ...CDN_OPERATIONS,
        ...CREDENTIAL_OPERATIONS,
        'check-certificate',
        'list-certificates',
    ],
    gcore: ['login', ...CDN_OPERATIONS, ...TOKEN_OPERATIONS, ...CERTIFICATE_OPERATIONS],
    cdnetworks: [...CDN_OPERATIONS, ...CERTIFICATE_OPERATIONS],
};
const MEDIANOVA_CERTIFICATE_WRITES = "no source documents Medianova's certificate upload, binding or deletion API: upload in the panel, then use check-certificate";
/** Why an operation is missing, where a reason helps more than the list. */
const UNSUPPORTED_REASONS = {
    cdnetworks: {
        login: 'CDNetworks requests are signed on every call, so there is no session to log in to',
    },
    medianova: {
        'upload-certificate': MEDIANOVA_CERTIFICATE_WRITES,
        'rotate-certificate': MEDIANOVA_CERTIFICATE_WRITES,
        'delete-certificate': MEDIANOVA_CERTIFICATE_WRITES,
    },
};
function isCredentialOperation(operation) {
    return CREDENTIAL_OPERATIONS.includes(operation);
}
function isCertificateOperation(operation) {
    return CERTIFICATE_OPERATIONS.includes(operation);
}


/***/ }),

/***/ 3030:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qe: () => (/* binding */ privateKeySecretLines),
/* harmony export */   RT: () => (/* binding */ isPrivateKeyLabel),
/* harmony export */   Z1: () => (/* binding */ splitPem),
/* harmony export */   ei: () => (/* binding */ strayKeyLines)
/* harmony export */ });
/**
 * PEM text, read line by line: pure and free of crypto, so the action can mask
 * key lines before anything else touches the input (the runner masks a secret
 * line by line, so each line of a key must be registered on its own).
 */
const BEGIN = /^-----BEGIN ([A-Z0-9 ]{1,60})-----$/;
const END = /^-----END ([A-Z0-9 ]{1,60})-----$/;
const HEADER = /^[A-Za-z][A-Za-z0-9-]*: ?\S/;
/** Every PEM block of `text`, in order; text between blocks is ignored. */
function splitPem(text) {
    const blocks = [];
    let open;
    const close = (complete) => {
        if (!open)
            return;
        const { label, headers, body } = open;
        const inner = [...headers, ...(headers.length > 0 ? [''] : []), ...body];
        const text = [`-----BEGIN ${label}-----`, ...inner, `-----END ${label}-----`].join('\n');
        blocks.push({ label, headers, body, text, complete });
        open = undefined;
    };
    for (const raw of text.split(/\r?\n|\r/)) {
        const line = raw.trim();
        const begin = BEGIN.exec(line);
        if (begin) {
            close(false);
            open = { label: begin[1], headers: [], body: [] };
            continue;
        }
        if (!open)
            continue;
        const end = END.exec(line);
        if (end) {
            close(end[1] === open.label);
            continue;
        }
        if (line === '')
            continue;
        if (open.body.length === 0 && HEADER.test(line))
            open.headers.push(line);
        else
            open.body.push(line);
    }
    close(false);
    return blocks;
}
function isPrivateKeyLabel(label) {
    return /PRIVATE KEY$/.test(label);
}
/**
 * The lines of a `private-key` value to mask: every line but BEGIN/END and
 * `Name: value` header lines, whether or not the text is valid PEM.
 */
function privateKeySecretLines(text) {
    const lines = text.split(/\r?\n|\r/).map((line) => line.trim());
    return lines.filter((line) => line !== '' && !BEGIN.test(line) && !END.test(line) && !HEADER.test(line));
}
/** The body lines of private key blocks pasted where they do not belong (`certificate`). */
function strayKeyLines(text) {
    if (!text.includes('PRIVATE KEY'))
        return [];
    return splitPem(text)
        .filter((block) => isPrivateKeyLabel(block.label))
        .flatMap((block) => block.body);
}


/***/ }),

/***/ 486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var _stdin_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3528);


process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    readStdin: () => {
        if (process.stdin.isTTY)
            process.stderr.write('cdnkit: reading URLs from standard input, one a line; end with Ctrl-D\n');
        return (0,_stdin_js__WEBPACK_IMPORTED_MODULE_1__/* .readAll */ .y)(process.stdin);
    },
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 857:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILURE, EXIT_SUCCESS, EXIT_USAGE, printedSecretText

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/catalog.ts
var catalog = __nccwpck_require__(8920);
// EXTERNAL MODULE: ./src/certificates/pem.ts
var pem = __nccwpck_require__(3030);
;// CONCATENATED MODULE: ./src/certificates/probe-target.ts
const PROBE_CONNECT_ENV = 'CDNKIT_PROBE_CONNECT';
const LOOPBACK_ADDRESS = /^(?:(localhost|127(?:\.\d{1,3}){3})|\[(::1)\]):(\d{1,5})$/i;
/** The address every probe connects to instead, from CDNKIT_PROBE_CONNECT; loopback only. */
function probeRedirect(env) {
    const value = env[PROBE_CONNECT_ENV]?.trim();
    if (!value)
        return undefined;
    const match = LOOPBACK_ADDRESS.exec(value);
    const port = Number(match?.[3]);
    if (!match || port < 1 || port > 65535) {
        throw new Error(`${PROBE_CONNECT_ENV} must be a loopback address with a port (127.0.0.1:8443, [::1]:8443 or localhost:8443); it redirects TLS probes for tests only`);
    }
    return { host: match[1] ?? match[2], port };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/hostnames.ts + 1 modules
var hostnames = __nccwpck_require__(5851);
// EXTERNAL MODULE: ./src/targets/list.ts
var list = __nccwpck_require__(9936);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/config/file.ts
/**
 * Reading a file an input names (`urls-file`, the certificate and key files): a regular file of at most
 * `maxBytes`, checked on the open file itself, so a directory, a FIFO with no
 * writer, a device such as /dev/zero or a 1 GB file is refused at once instead
 * of blocking, reading for ever or filling the memory.
 */

/** Why a file was not read; the message says what the file is, never what it holds. */
class FileRefusal extends Error {
    name = 'FileRefusal';
}
function readRegularFile(path, maxBytes) {
    // O_NONBLOCK: opening a FIFO nobody writes to would otherwise wait for ever
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            throw new FileRefusal(`is ${kindOf(stats)}, not a regular file`);
        if (stats.size > maxBytes)
            throw new FileRefusal(tooLarge(stats.size, maxBytes));
        // read to the end, which may have moved since fstat, never past the limit
        const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length)
                throw new FileRefusal(tooLarge(length, maxBytes));
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
        }
        return buffer.toString('utf8', 0, length);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function tooLarge(size, maxBytes) {
    return `is ${sizeText(size)} or more; at most ${sizeText(maxBytes)} are read`;
}
/** 67108864 -> "64 MiB", 262144 -> "256 KiB". */
function sizeText(bytes) {
    const mebibytes = bytes / 1024 / 1024;
    if (mebibytes >= 1) {
        return `${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB`;
    }
    return `${Math.ceil(bytes / 1024)} KiB`;
}

// EXTERNAL MODULE: ./src/config/values.ts
var values = __nccwpck_require__(3750);
;// CONCATENATED MODULE: ./src/config/certificate-inputs.ts
/** The certificate inputs: PEM text or files, id, name, hostnames, probe. */








/** Larger than any chain or key file; a bound on what a hostile file can make us read. */
const MAX_PEM_BYTES = 256 * 1024;
const DEFAULT_TLS_PORT = 443;
const DNS_NAME = /^(?=.{1,253}$)(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const MATERIAL_INPUTS = [
    'certificate',
    'certificate-file',
    'private-key',
    'private-key-file',
];
const ALL_INPUTS = [
    ...MATERIAL_INPUTS,
    'certificate-id',
    'certificate-name',
    'hostnames',
];
/** The operations that take a certificate and key. */
const TAKES_MATERIAL = ['upload-certificate', 'rotate-certificate'];
function parseCertificateInputs(input, environment, operation) {
    const given = (name) => input(name) !== '';
    if (!(0,catalog/* isCertificateOperation */.b$)(operation)) {
        const stray = ALL_INPUTS.find(given);
        if (stray)
            throw new errors/* InputError */.dz(stray, `applies to certificate operations, not to '${operation}'`);
        return { hostnames: [], probe: true };
    }
    if (!TAKES_MATERIAL.includes(operation)) {
        const stray = MATERIAL_INPUTS.find(given);
        if (stray)
            throw new errors/* InputError */.dz(stray, 'is used by upload-certificate and rotate-certificate only');
    }
    const id = (0,values/* pathId */.lH)(input('certificate-id') || undefined, 'certificate-id');
    if (id !== undefined && !/^[\w.-]+$/.test(id)) {
        throw new errors/* InputError */.dz('certificate-id', 'must be an id: letters, digits, "-", "_" and "." only');
    }
    const certificate = {
        chain: pemInput(input, environment, 'certificate', 'certificate-file'),
        privateKey: pemInput(input, environment, 'private-key', 'private-key-file'),
        id,
        name: (0,values/* text */.Qq)(input('certificate-name') || undefined, 'certificate-name'),
        hostnames: (0,list/* parseList */.E1)(input('hostnames')).map(parseHostname),
        probe: (0,values/* bool */.lc)(input('probe'), 'probe', true),
        probeConnect: probeRedirect(environment.env),
    };
    if (TAKES_MATERIAL.includes(operation)) {
        if (!certificate.chain)
            throw new errors/* InputError */.dz('certificate', `or 'certificate-file' is required for '${operation}'`);
        if (!certificate.privateKey)
            throw new errors/* InputError */.dz('private-key', `or 'private-key-file' is required for '${operation}'`);
    }
    if (operation === 'rotate-certificate' && !given('resource'))
        throw new errors/* InputError */.dz('resource', "is required for 'rotate-certificate': the Gcore resource (id or hostname) or the CDNetworks domain(s) the certificate goes to");
    if (operation === 'delete-certificate' && id === undefined)
        throw new errors/* InputError */.dz('certificate-id', "is required for 'delete-certificate'");
    return certificate;
}
/**
 * check-certificate with `hostnames` and nothing naming a stored certificate:
 * a TLS probe of any hostname, with no provider call and no credentials.
 */
function isProbeOnly(operation, optional) {
    return (operation === 'check-certificate' &&
        optional('hostnames') !== undefined &&
        optional('certificate-id') === undefined &&
        optional('resource') === undefined);
}
/**
 * Masks what is secret in the certificate inputs, line by line (the runner
 * masks line by line): every line of the key, and any key block pasted into
 * the certificate. Called before anything else is done with them.
 */
function maskKeyLines(texts, secrets) {
    for (const entry of texts) {
        if (entry === undefined)
            continue;
        const lines = entry.input.startsWith('private-key')
            ? (0,pem/* privateKeySecretLines */.Qe)(entry.text)
            : (0,pem/* strayKeyLines */.ei)(entry.text);
        for (const line of lines)
            secrets.add(line);
    }
}
function pemInput(input, environment, inline, file) {
    const value = input(inline);
    const path = input(file);
    if (value !== '' && path !== '')
        throw new errors/* InputError */.dz(inline, `give either '${inline}' or '${file}', not both`);
    if (value !== '')
        return { text: sized(value, inline), input: inline };
    if (path === '')
        return undefined;
    let content;
    try {
        content = environment.readFile(environment.resolvePath(environment.env.GITHUB_WORKSPACE ?? '.', path), MAX_PEM_BYTES);
    }
    catch (error) {
        // a directory, a FIFO, a device or a huge file: refused on the open file, never read
        if (error instanceof FileRefusal)
            throw new errors/* InputError */.dz(file, `'${path.slice(0, 200)}' ${error.message}`);
        const code = error.code;
        throw new errors/* InputError */.dz(file, `cannot read '${path.slice(0, 200)}'${code ? ` (${code})` : ''}; give a path absolute or relative to GITHUB_WORKSPACE`);
    }
    return { text: sized(content, file), input: file };
}
function sized(value, input) {
    if (value.length > MAX_PEM_BYTES)
        throw new errors/* InputError */.dz(input, `is ${value.length} bytes long; a PEM chain or key is far smaller`);
    return value;
}
/** `host[:port]`: a DNS name (a leading `*.` allowed), port 443 unless given. */
function parseHostname(entry) {
    const match = /^([^:\s]+)(?::(\d{1,5}))?$/.exec(entry);
    // an IDN is checked and compared in its ASCII form, as certificates carry it
    const host = (0,hostnames/* asciiWildcardHostname */.V)(match?.[1] ?? '').replace(/\.$/, '');
    const port = match?.[2] === undefined ? DEFAULT_TLS_PORT : Number(match[2]);
    if (!match || !DNS_NAME.test(host) || port < 1 || port > 65535) {
        throw new errors/* InputError */.dz('hostnames', `'${entry.slice(0, 80)}' is not host[:port]: give DNS names such as cdn.example.com or *.example.com, optionally with :port`);
    }
    return { host, port };
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
const INPUTS = [
    { name: 'provider', description: 'CDN provider: medianova, gcore or cdnetworks.' },
    {
        name: 'operation',
        description: 'What to do: login, purge, prefetch, purge-status, list-credentials, get-credential, create-credential, update-credential, delete-credential, rotate-credential, list-tokens, create-token, delete-token, rotate-token, check-token, upload-certificate, rotate-certificate, check-certificate, list-certificates, delete-certificate.',
    },
    {
        name: 'dry-run',
        description: 'true: validate inputs and print the planned requests without sending any.',
        default: 'false',
    },
    {
        name: 'api-key',
        description: 'Medianova API key; CDNetworks API key (api-key auth) or Access Key (AK/SK auth).',
        secret: true,
    },
    {
        name: 'api-secret',
        description: 'Medianova API secret; CDNetworks Secret Key for AK/SK auth.',
        secret: true,
    },
    {
        name: 'api-token',
        description: 'Gcore permanent API token, or a Medianova token from an earlier login step.',
        secret: true,
    },
    {
        name: 'username',
        description: 'Gcore JWT login user; CDNetworks account name for api-key auth.',
    },
    { name: 'password', description: 'Gcore JWT login password.', secret: true },
    {
        name: 'auth-method',
        providers: ['cdnetworks'],
        description: 'CDNetworks: aksk or api-key. Default: aksk when api-secret is set, else api-key.',
    },
    {
        name: 'api-url',
        description: "Override the provider's base URL. https only, except loopback hosts.",
    },
    {
        name: 'resource',
        description: 'CDN resource: Gcore resource id or hostname; Medianova resource uuid or hostname; CDNetworks domain for bare paths, or the domain(s) a certificate goes to.',
    },
    { name: 'organization', providers: ['medianova'], description: 'Medianova organization uuid.' },
    {
        name: 'urls',
        description: 'Full URLs or absolute paths, separated by newlines or commas; # comments ignored.',
    },
    {
        name: 'urls-file',
        description: 'File with one URL or path a line (absolute, or relative to GITHUB_WORKSPACE).',
    },
    { name: 'prefixes', description: 'Directories or wildcard paths to purge, e.g. /images/*.' },
    { name: 'purge-all', description: 'true: purge the whole resource.', default: 'false' },
    {
        name: 'changed-files',
        description: "auto: the files this deploy changed, found from the workflow event (the last successful run of this workflow with github-token, else the push's before). Or repository paths, separated by newlines or commas. Mapped to URLs with url-map.",
    },
    {
        name: 'changed-files-fallback',
        description: 'changed-files: auto with no base commit to compare with (new branch, force-push, manual or scheduled run): fail (the default) or purge-all. No action.yml default: the runner would pass it to every step, and it applies only with changed-files: auto.',
    },
    {
        name: 'url-map',
        description: "One rule a line: '<glob> => <url template>[, <url template>…]' with picomatch globs; templates may use {path}, {dir}, {name}. '!<glob>' alone excludes files. First match wins.",
    },
    {
        name: 'url-map-dotfiles',
        description: "true: '*' and '**' in url-map globs also match names starting with a dot (picomatch's dot option).",
        default: 'false',
    },
    {
        name: 'if-no-targets',
        description: 'When the target list is empty (e.g. no changed file matched url-map): warn, ignore or error. Nothing is sent and status is skipped; only error fails the step.',
        default: 'warn',
    },
    {
        name: 'max-duration',
        description: "Purge, prefetch: the longest sending may take at the provider's rate limits, in seconds (first request to last). A purge that would take longer, or exceed the daily quota, is collapsed (see collapse); a prefetch fails up front.",
        default: '120',
    },
    {
        name: 'collapse',
        description: 'auto: when the exact purge exceeds max-duration or the daily quota, purge directory prefixes instead of groups of URLs, choosing those that purge the fewest unchanged objects. never: fail up front instead.',
        default: 'auto',
    },
    {
        name: 'wait',
        description: 'true: poll until every task this run started is done, failed, or wait-timeout passes.',
        default: 'false',
    },
    {
        name: 'wait-timeout',
        description: 'Seconds to wait for tasks once every request is sent (wait: true); sending is bounded by max-duration. rotate-certificate: seconds for the new certificate to be deployed and served. Default: 1800 for rotate-certificate, else 300.',
    },
    { name: 'task-id', description: 'purge-status: one or more task ids.' },
    {
        name: 'purge-action',
        providers: ['cdnetworks'],
        description: 'CDNetworks: default, delete or expire.',
        default: 'default',
    },
    {
        name: 'check-quota',
        providers: ['cdnetworks'],
        description: 'CDNetworks: true reads the remaining daily purge quota first and refuses a purge that would exceed it.',
        default: 'false',
    },
    { name: 'credential-id', providers: ['medianova'], description: 'Stook credential uuid.' },
    {
        name: 'name',
        description: 'Name of the credential or token to create; rotation default: the old name with a UTC timestamp suffix.',
    },
    {
        name: 'read-only',
        providers: ['medianova'],
        description: 'Stook credential: true or false. Rotation copies the old setting unless given.',
    },
    {
        name: 'buckets',
        providers: ['medianova'],
        description: 'Stook credential: bucket uuids, separated by newlines or commas.',
    },
    {
        name: 'subfolder',
        providers: ['medianova'],
        description: 'Stook credential: subfolder the credential is limited to.',
    },
    { name: 'token-id', providers: ['gcore'], description: 'Gcore API token id.' },
    {
        name: 'client-id',
        providers: ['gcore'],
        description: 'Gcore client (account) id; looked up when omitted.',
    },
    {
        name: 'role',
        providers: ['gcore'],
        description: 'Gcore role for a new token: name or id. Rotation copies the old role.',
    },
    {
        name: 'expires-in-days',
        providers: ['gcore'],
        description: 'Lifetime of a new Gcore token in days, or never.',
        default: '90',
    },
    {
        name: 'warn-days',
        description: 'check-token, check-certificate: warn when a token or certificate expires within this many days.',
        default: '7',
    },
    {
        name: 'delete-old',
        description: 'Rotation: delete the old credential, token or certificate after the new one is verified (and stored).',
        default: 'true',
    },
    {
        name: 'github-token',
        description: "GitHub token. With changed-files: auto, reads this workflow's runs (the default GITHUB_TOKEN with actions: read is enough). With secret-name, writes Actions secrets (the default GITHUB_TOKEN cannot).",
        secret: true,
    },
    {
        name: 'secret-name',
        description: 'Store the new secret (Stook secret key or Gcore token) as this GitHub Actions secret.',
    },
    {
        name: 'secret-name-access-key',
        providers: ['medianova'],
        description: 'Stook: secret that receives the access key. Default: <secret-name>_ACCESS_KEY.',
    },
    {
        name: 'secret-environment',
        description: 'Store the secret in this deployment environment instead of the repository.',
    },
    {
        name: 'secret-org',
        description: 'Store the secret as an organization secret of this organization.',
    },
    {
        name: 'certificate',
        providers: ['gcore', 'cdnetworks'],
        description: 'PEM certificate chain: the leaf, then its intermediates (root optional). Or use certificate-file.',
    },
    {
        name: 'certificate-file',
        providers: ['gcore', 'cdnetworks'],
        description: 'File with the PEM certificate chain (absolute, or relative to GITHUB_WORKSPACE), e.g. fullchain.pem.',
    },
    {
        name: 'private-key',
        providers: ['gcore', 'cdnetworks'],
        description: 'Unencrypted PEM private key of the certificate (PKCS#8, PKCS#1 or SEC1).',
        secret: true,
    },
    {
        name: 'private-key-file',
        providers: ['gcore', 'cdnetworks'],
        description: 'File with the unencrypted PEM private key (absolute, or relative to GITHUB_WORKSPACE).',
    },
    {
        name: 'certificate-id',
        description: "The provider's certificate id (check-certificate, delete-certificate).",
    },
    {
        name: 'certificate-name',
        providers: ['gcore', 'cdnetworks'],
        description: 'Name of an uploaded certificate; must be unique. Default: <CN or first SAN, * as wildcard>-<serial>.',
    },
    {
        name: 'hostnames',
        description: 'host[:port] (port 443 by default), separated by newlines or commas: names the certificate must cover, and TLS probe targets.',
    },
    {
        name: 'probe',
        description: 'true: check over TLS which certificate the hostnames serve (rotation: until they serve the new one).',
        default: 'true',
    },
    { name: 'timeout', description: 'Seconds a single request may take.', default: '30' },
    {
        name: 'max-retries',
        description: 'Retries for a request that was throttled or failed on the server or network.',
        default: '4',
    },
];
/**
 * `wait-timeout` when not given. It has no action.yml default, which would hide
 * whether the user set it: a certificate takes longer to reach every edge than
 * a purge to finish (Gcore: "allow at least fifteen minutes").
 */
function defaultWaitTimeoutSeconds(operation) {
    return operation === 'rotate-certificate' ? 1800 : 300;
}
const OUTPUTS = [
    { name: 'token', description: 'login: the session token (masked).' },
    { name: 'expires-at', description: 'login, create-token, rotate-token: expiry, ISO 8601 UTC.' },
    { name: 'task-ids', description: 'purge/prefetch: provider task ids, comma-separated.' },
    {
        name: 'status',
        description: 'done, pending or failed (purge, prefetch, purge-status); skipped when there was nothing to purge.',
    },
    { name: 'urls-count', description: 'purge/prefetch: objects sent.' },
    {
        name: 'requests-count',
        description: 'purge/prefetch: purge or prefetch HTTP requests sent, retries included.',
    },
    { name: 'request-id', description: "The provider's id of the last request." },
    { name: 'credential-id', description: 'Stook credential operations: the credential uuid.' },
    {
        name: 'certificate-id',
        description: "Certificate operations: the provider's id of the certificate uploaded, or of the earliest-expiring one checked.",
    },
    { name: 'access-key', description: 'Stook credential operations: the access key.' },
    {
        name: 'secret-key',
        description: 'Stook create/rotate: the secret key (masked; empty when the API returns none).',
    },
    { name: 'api-token', description: 'create-token, rotate-token: the new token (masked).' },
    { name: 'token-id', description: 'create-token, rotate-token: the new token id.' },
    {
        name: 'days-left',
        description: 'check-token, check-certificate, upload-certificate: whole days until the earliest expiry checked (0 once expired).',
    },
    {
        name: 'serial',
        description: 'Certificate operations: serial number in hex, as openssl x509 -serial prints it.',
    },
    {
        name: 'not-after',
        description: 'Certificate operations: end of validity, ISO 8601 UTC.',
    },
    {
        name: 'fingerprint',
        description: 'Certificate operations: SHA-256 fingerprint, AB:CD:… form.',
    },
    { name: 'result', description: 'JSON of the operation result, every secret replaced by ***.' },
];

;// CONCATENATED MODULE: ./src/secret-forms.ts
/**
 * The forms a secret can take in text that leaves cdnkit: a provider's error
 * page may echo a request as a form post or an HTML page, a JSON encoder may
 * escape it as `\uXXXX`, an auth header carries it in base64, and an error
 * excerpt collapses its white space. Redaction looks for every one of these.
 */
/** Shorter forms would match ordinary text (a 3-byte secret's base64 at an offset is 2 characters). */
const MIN_FORM_LENGTH = 4;
/** The secret with its white space collapsed is the secret as a reader sees it: as short as a secret may be. */
const MIN_COLLAPSED_LENGTH = 3;
function secretForms(secret) {
    const forms = new Set([secret]);
    const add = (form, minLength = MIN_FORM_LENGTH) => {
        // a form of asterisks alone would match the redaction mark itself
        if ((form.length >= minLength || form === secret) && /[^*]/.test(form))
            forms.add(form);
    };
    const uri = encodeURIComponent(secret);
    const form = new URLSearchParams([['', secret]]).toString().slice(1);
    for (const encoded of [uri, form]) {
        add(encoded);
        add(lowerHex(encoded));
    }
    const json = JSON.stringify(secret).slice(1, -1);
    add(json);
    // Python escapes non-ASCII, Go escapes <>& (and U+2028, U+2029), some encoders both
    for (const which of [/[^\x20-\x7e]/g, /[<>&\u2028\u2029]/g, /[^\x20-\x7e]|[<>&]/g]) {
        const escaped = unicodeEscaped(json, which);
        add(escaped);
        add(upperHex(escaped));
    }
    for (const html of htmlEscaped(secret))
        add(html);
    add(secret.replace(/\s+/g, ' ').trim(), MIN_COLLAPSED_LENGTH);
    for (const base64 of base64Forms(secret))
        add(base64);
    return [...forms];
}
function lowerHex(text) {
    return text.replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase());
}
function upperHex(text) {
    return text.replace(/\\u[0-9a-f]{4}/g, (code) => `\\u${code.slice(2).toUpperCase()}`);
}
function unicodeEscape(character) {
    return [...character]
        .flatMap((c) => {
        const code = c.codePointAt(0);
        // astral characters as their UTF-16 surrogate pair, as JSON writes them
        return code > 0xffff ? [c.charCodeAt(0), c.charCodeAt(1)] : [code];
    })
        .map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`)
        .join('');
}
/** JSON-escaped text with `which` characters (outside the escapes already there) as `\uXXXX`. */
function unicodeEscaped(json, which) {
    return json.replace(/\\(?:u[0-9a-fA-F]{4}|.)|[^\\]/gs, (piece) => {
        if (piece.startsWith('\\'))
            return piece === '\\"' && which.test('"') ? '\\u0022' : piece;
        which.lastIndex = 0;
        return which.test(piece) ? unicodeEscape(piece) : piece;
    });
}
/** `&`, `<`, `>` escaped; then quotes too, named and numeric. */
function htmlEscaped(secret) {
    const basic = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return [
        basic,
        basic.replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
        basic.replace(/"/g, '&#34;').replace(/'/g, '&#039;'),
        basic.replace(/"/g, '&#x22;').replace(/'/g, '&#x27;'),
    ];
}
/**
 * The secret's bytes in base64 (standard and URL-safe, with or without
 * padding) at each of the three byte offsets it can start at inside a longer
 * encoded value (`user:secret` in Basic auth): only the characters that depend
 * on the secret's bytes alone.
 */
function base64Forms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [];
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
            .toString('base64')
            .replace(/=+$/, '');
        // leading characters that mix in the offset's zero bytes
        const start = [0, 2, 3][offset];
        // a trailing character that the next (unknown) byte would change
        const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
        const inner = encoded.slice(start, end);
        forms.push(inner, inner.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    // the whole value encoded on its own, padded
    const whole = bytes.toString('base64');
    forms.push(whole, whole.replace(/\+/g, '-').replace(/\//g, '_'));
    return forms;
}

;// CONCATENATED MODULE: ./src/secret-search.ts
/**
 * Finds which of many registered strings occur in a text in one pass over the
 * text, however many there are: CDNetworks registers a signature (a dozen
 * forms) per request, so a search per form grew with the request count for
 * every line logged. Strings are indexed by three-character keys: a bit set of
 * their hashes answers most probes of a text at once, a map of the keys the
 * rest. With every string at least `m` characters long, a text is probed
 * only every `m - 2` characters (up to MAX_STRIDE): each string is indexed by
 * its keys at that many offsets, one of which any occurrence puts on a probe.
 */
/** Characters in a key; strings shorter than this are searched for one by one. */
const KEY_LENGTH = 3;
/** Most offsets a string is indexed at: more would fill the bit set. */
const MAX_STRIDE = 8;
/** 2^20 bits (128 KiB): a few per cent of probes pass at 10,000 strings times MAX_STRIDE. */
const HASH_BITS = 20;
function hash(a, b, c) {
    return Math.imul((a * 1031) ^ (b * 97) ^ c, 0x9e3779b1) >>> (32 - HASH_BITS);
}
/** Three UTF-16 code units as a small integer (ten bits of each): entries are checked in full. */
function key(a, b, c) {
    return ((a & 0x3ff) << 20) | ((b & 0x3ff) << 10) | (c & 0x3ff);
}
const NONE = [];
/** `found` with `value` in it once. */
function withValue(found, value) {
    if (!found)
        return [value];
    if (!found.includes(value))
        found.push(value);
    return found;
}
class StringSearch {
    values = new Set();
    short = [];
    stride = MAX_STRIDE;
    filter = new Uint32Array(0);
    byKey = new Map();
    /** Indexes `value` (once: adding it again changes nothing). */
    add(value) {
        if (this.values.has(value))
            return;
        this.values.add(value);
        if (value.length < KEY_LENGTH) {
            this.short.push(value);
            return;
        }
        const stride = Math.min(MAX_STRIDE, value.length - KEY_LENGTH + 1);
        if (this.filter.length === 0 || stride < this.stride) {
            // a shorter string than any before: every string is indexed again, at fewer offsets
            this.stride = stride;
            this.filter = new Uint32Array((1 << HASH_BITS) / 32);
            this.byKey = new Map();
            for (const indexed of this.values)
                if (indexed.length >= KEY_LENGTH)
                    this.index(indexed);
        }
        else {
            this.index(value);
        }
    }
    /** Every indexed string that occurs in `text`, each once (in no particular order). */
    occurringIn(text) {
        // most texts hold none: nothing is allocated for them
        let found;
        for (const value of this.short)
            if (text.includes(value))
                found = withValue(found, value);
        const { filter, byKey, stride } = this;
        for (let at = 0; at + KEY_LENGTH <= text.length; at += stride) {
            const a = text.charCodeAt(at);
            const b = text.charCodeAt(at + 1);
            const c = text.charCodeAt(at + 2);
            const bit = hash(a, b, c);
            if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0)
                continue;
            for (const { value, offset } of byKey.get(key(a, b, c)) ?? []) {
                if (at >= offset && text.startsWith(value, at - offset))
                    found = withValue(found, value);
            }
        }
        return found ?? NONE;
    }
    index(value) {
        for (let offset = 0; offset < this.stride; offset++) {
            const a = value.charCodeAt(offset);
            const b = value.charCodeAt(offset + 1);
            const c = value.charCodeAt(offset + 2);
            const bit = hash(a, b, c);
            this.filter[bit >>> 5] |= 1 << (bit & 31);
            const exact = key(a, b, c);
            const bucket = this.byKey.get(exact);
            if (bucket)
                bucket.push({ value, offset });
            else
                this.byKey.set(exact, [{ value, offset }]);
        }
    }
}

;// CONCATENATED MODULE: ./src/secret-registry.ts
/**
 * Every secret value cdnkit sees is added here the moment it is known; the
 * registry masks it on the runner (through `onAdd`) and redacts it from every
 * text that leaves the process, in every form a provider or a proxy might
 * echo it in (secret-forms.ts).
 */


const REDACTED = '***';
/** Secrets shorter than this cannot be masked without masking common text: inputs refuse them. */
const MIN_SECRET_LENGTH = 3;
/** Keys whose values are secret wherever they appear in a JSON result. */
const SECRET_KEY = /(secret|password|token|signature|authorization|api[-_]?key|private[-_]?key|ssl[-_]key)/i;
/** Keys that look secret by name but carry identifiers or dates. */
const PUBLIC_KEY = /(^|[-_])(id|ids|name|expires|exp_date|expired|type|count|at)$|token_id|tokenId|secretName/i;
class SecretRegistry {
    onAdd;
    /** every registered secret, as given */
    secrets = new Set();
    /** every form of every secret that redaction looks for -> the order it was registered in */
    forms = new Map();
    /** the forms without `*`: one can be in a redacted text only if it was in the text before */
    search = new StringSearch();
    /** the forms with `*`: a replacement and its neighbours can form one anew, so each is tried */
    starred = [];
    constructor(onAdd = () => { }) {
        this.onAdd = onAdd;
    }
    /**
     * Registers a secret before anything could print it. The runner is asked to
     * mask the value and its URI- and JSON-escaped forms (it masks base64 and
     * the like itself); cdnkit's own redaction covers every form secretForms lists.
     */
    add(value) {
        this.register(value, secretForms);
    }
    /**
     * Registers a secret good for one request (a CDNetworks signature, the
     * api-key password of one Date): masked by the runner like any other, and
     * redacted in the forms a request or an echo of it carries (as it is,
     * URI-encoded, JSON-escaped). The other forms would take a provider
     * re-encoding a value that is worthless minutes later, and a run that signs
     * thousands of requests would otherwise index tens of thousands of forms.
     */
    addOneTime(value) {
        this.register(value, maskedForms);
    }
    has(value) {
        return this.forms.has(value);
    }
    /**
     * Replaces every form of every registered secret in `text`, longest first so
     * overlaps stay hidden, and again until none is left: a secret with `*` in it
     * re-forms from a replacement and its neighbours (`*ab` in `*abab`, once per
     * pass in `*ababab…`). Every form holds a character other than `*` and each
     * pass that changes the text removes at least one, so `text.length + 1`
     * passes always reach the fixed point. Only the forms found in `text` (and
     * those with `*`) are tried: a replacement leaves `*` between what it kept,
     * so a form without `*` cannot appear that was not there before.
     */
    redact(text) {
        const present = this.search.occurringIn(text);
        if (present.length === 0 && this.starred.length === 0)
            return text;
        const order = this.forms;
        // longest first, then in the order registered
        const forms = present
            .concat(this.starred)
            .sort((a, b) => b.length - a.length || order.get(a) - order.get(b));
        let out = text;
        for (let pass = 0; pass <= text.length; pass++) {
            const before = out;
            // includes() first: a search is far cheaper than a split
            for (const form of forms)
                if (out.includes(form))
                    out = out.split(form).join(REDACTED);
            if (out === before)
                break;
        }
        return out;
    }
    register(value, formsOf) {
        // All-asterisk values would match every redaction mark.
        if (!value || value.length < MIN_SECRET_LENGTH || /^\**$/.test(value))
            return;
        if (this.secrets.has(value))
            return;
        this.secrets.add(value);
        for (const form of maskedForms(value))
            this.onAdd(form);
        for (const form of formsOf(value)) {
            if (this.forms.has(form))
                continue;
            this.forms.set(form, this.forms.size);
            if (form.includes('*'))
                this.starred.push(form);
            else
                this.search.add(form);
        }
    }
    /**
     * A copy of `value` with secret-named fields and every registered secret
     * replaced, string by string: a secret that looks like JSON syntax (`","`,
     * `true`, `123`) cannot break the JSON it is redacted from. A number that
     * holds a secret's digits becomes the string `***`.
     */
    redactJson(value) {
        return this.redactValue(value, '');
    }
    redactValue(value, key) {
        if (typeof value === 'string') {
            if (value !== '' && key && SECRET_KEY.test(key) && !PUBLIC_KEY.test(key)) {
                return REDACTED;
            }
            return this.redact(value);
        }
        if (typeof value === 'number' || typeof value === 'bigint') {
            const text = String(value);
            return this.redact(text) === text ? value : REDACTED;
        }
        if (Array.isArray(value))
            return value.map((item) => this.redactValue(item, key));
        if (typeof value === 'object' && value !== null) {
            // toJSON first (Dates), as JSON.stringify would
            const plain = 'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
            if (plain !== value)
                return this.redactValue(plain, key);
            const copy = {};
            for (const [name, item] of Object.entries(value)) {
                if (item === undefined || typeof item === 'function')
                    continue;
                Object.defineProperty(copy, this.redact(name), {
                    value: this.redactValue(item, name),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return copy;
        }
        return value;
    }
}
/** The value and its URI- and JSON-escaped forms: what the runner is asked to mask. */
function maskedForms(value) {
    return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])];
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./src/config/credential-inputs.ts
/** Which credential inputs each provider needs, and which contradict each other. */



function parseCredentials(provider, operation, optional) {
    const given = {
        apiKey: optional('api-key'),
        apiSecret: optional('api-secret'),
        apiToken: optional('api-token'),
        username: optional('username'),
        password: optional('password'),
    };
    for (const [field, name] of [
        ['apiKey', 'api-key'],
        ['apiSecret', 'api-secret'],
        ['apiToken', 'api-token'],
        ['username', 'username'],
        ['password', 'password'],
    ]) {
        if (given[field] !== undefined && src_text/* CONTROL_CHARACTERS */.nI.test(given[field])) {
            throw new errors/* InputError */.dz(name, 'contains control characters or a line break');
        }
    }
    const notUsed = (names, how) => {
        for (const name of names) {
            if (optional(name) !== undefined) {
                throw new errors/* InputError */.dz(name, `is not used by ${provider}; ${provider} authenticates with ${how}`);
            }
        }
    };
    // whether a provider reads auth-method at all is INPUTS' to say (parse.ts)
    const authMethodInput = optional('auth-method');
    switch (provider) {
        case 'medianova': {
            const how = "'api-key' + 'api-secret' (or 'api-token' from an earlier login)";
            notUsed(['username', 'password'], how);
            if (operation === 'login' && given.apiToken !== undefined) {
                throw new errors/* InputError */.dz('api-token', "login needs 'api-key' and 'api-secret', not an existing token");
            }
            if (given.apiToken !== undefined && (given.apiKey || given.apiSecret)) {
                throw new errors/* InputError */.dz('api-token', "give either 'api-token' or 'api-key' + 'api-secret', not both");
            }
            if (given.apiToken === undefined)
                requirePair(given.apiKey, given.apiSecret, 'api-key', 'api-secret', how);
            return given;
        }
        case 'gcore': {
            const how = "'api-token' (permanent API token) or 'username' + 'password' (JWT login)";
            notUsed(['api-key', 'api-secret'], how);
            if (operation === 'login' && given.apiToken !== undefined) {
                throw new errors/* InputError */.dz('api-token', "login needs 'username' and 'password'; a permanent API token needs no login");
            }
            if (given.apiToken !== undefined && (given.username || given.password)) {
                throw new errors/* InputError */.dz('api-token', "give either 'api-token' or 'username' + 'password', not both");
            }
            if (given.apiToken === undefined &&
                given.username === undefined &&
                given.password === undefined) {
                throw new errors/* InputError */.dz('api-token', `credentials are missing: set ${how}`);
            }
            if (given.apiToken === undefined)
                requirePair(given.username, given.password, 'username', 'password', how);
            if (given.apiToken !== undefined && !/^\d+[$_]\S+$/.test(given.apiToken)) {
                throw new errors/* InputError */.dz('api-token', "is not a Gcore permanent token: expected '<id>$<secret>' or '<id>_<secret>'");
            }
            return given;
        }
        case 'cdnetworks': {
            notUsed(['api-token', 'password'], "'api-key' + 'api-secret' (AK/SK) or 'username' + 'api-key' (API-Key)");
            const authMethod = (authMethodInput === undefined
                ? given.apiSecret !== undefined
                    ? 'aksk'
                    : 'api-key'
                : (0,values/* oneOf */.yL)(authMethodInput, 'auth-method', ['aksk', 'api-key']));
            if (authMethod === 'aksk') {
                if (given.username !== undefined) {
                    throw new errors/* InputError */.dz('username', "is not used with auth-method 'aksk'; AK/SK needs 'api-key' (Access Key) and 'api-secret' (Secret Key)");
                }
                requirePair(given.apiKey, given.apiSecret, 'api-key', 'api-secret', "'api-key' (Access Key) + 'api-secret' (Secret Key) for AK/SK auth");
            }
            else {
                if (given.apiSecret !== undefined) {
                    throw new errors/* InputError */.dz('api-secret', "is not used with auth-method 'api-key'; API-Key auth needs 'username' and 'api-key'");
                }
                requirePair(given.username, given.apiKey, 'username', 'api-key', "'username' + 'api-key' for API-Key auth");
            }
            return { ...given, authMethod };
        }
    }
}
function requirePair(first, second, firstName, secondName, how) {
    if (first === undefined && second === undefined) {
        throw new errors/* InputError */.dz(firstName, `credentials are missing: set ${how}`);
    }
    if (first === undefined)
        throw new errors/* InputError */.dz(firstName, `is required together with '${secondName}'`);
    if (second === undefined)
        throw new errors/* InputError */.dz(secondName, `is required together with '${firstName}'`);
}

;// CONCATENATED MODULE: ./src/config/github-secret.ts
/** Where a rotated secret is written back: secret-name, github-token and their companions. */


function parseGithubSecret(config, optional, environment) {
    const name = optional('secret-name');
    const related = [
        'github-token',
        'secret-name-access-key',
        'secret-environment',
        'secret-org',
    ];
    if (name === undefined) {
        for (const other of related) {
            // changed-files: auto reads this workflow's runs with github-token
            if (other === 'github-token' && config.changedFiles?.source.kind === 'auto')
                continue;
            if (optional(other) !== undefined)
                throw new errors/* InputError */.dz(other, other === 'github-token'
                    ? "only applies together with 'secret-name' or 'changed-files: auto'"
                    : "only applies together with 'secret-name'");
        }
        return undefined;
    }
    const writes = ['create-credential', 'rotate-credential', 'create-token', 'rotate-token'];
    if (!writes.includes(config.operation)) {
        throw new errors/* InputError */.dz('secret-name', `applies to ${writes.join(', ')} only`);
    }
    (0,values/* secretName */.Gf)(name, 'secret-name');
    const token = optional('github-token');
    if (token === undefined) {
        throw new errors/* InputError */.dz('github-token', "is required with 'secret-name': a token allowed to write Actions secrets (the default GITHUB_TOKEN cannot)");
    }
    const accessKeyName = (0,values/* secretName */.Gf)(optional('secret-name-access-key') ?? `${name}_ACCESS_KEY`, 'secret-name-access-key');
    const environmentName = (0,values/* text */.Qq)(optional('secret-environment'), 'secret-environment');
    const org = (0,values/* text */.Qq)(optional('secret-org'), 'secret-org');
    if (environmentName && org) {
        throw new errors/* InputError */.dz('secret-environment', "and 'secret-org' exclude each other: choose one place for the secret");
    }
    const repository = environment.env.GITHUB_REPOSITORY;
    if (!org && !repository?.includes('/')) {
        throw new errors/* InputError */.dz('secret-name', "needs GITHUB_REPOSITORY ('owner/repo') to store a repository or environment secret");
    }
    const apiUrl = environment.env.GITHUB_API_URL || 'https://api.github.com';
    (0,values/* checkUrl */.CU)(apiUrl, 'secret-name', 'GITHUB_API_URL');
    return { token, name, accessKeyName, environment: environmentName, org, apiUrl, repository };
}

// EXTERNAL MODULE: ./src/targets/url.ts
var url = __nccwpck_require__(6591);
// EXTERNAL MODULE: ./src/targets/url-map.ts
var url_map = __nccwpck_require__(5876);
;// CONCATENATED MODULE: ./src/config/config.ts
/** The GITHUB_* variables `changed-files: auto` reads (the runner sets them for every step). */
const WORKFLOW_VARIABLES = [
    'GITHUB_SHA',
    'GITHUB_EVENT_NAME',
    'GITHUB_EVENT_PATH',
    'GITHUB_WORKSPACE',
    'GITHUB_REPOSITORY',
    'GITHUB_API_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_RUN_ID',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
];

;// CONCATENATED MODULE: ./src/config/targets.ts
/** The purge and prefetch targets: urls, urls-file, prefixes, purge-all, changed-files + url-map. */








const TARGET_INPUTS = ['urls', 'urls-file', 'prefixes', 'changed-files'];
/** Largest `urls-file` read: over three times the 200,000 URLs of the load test. */
const MAX_URLS_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Adds the URLs of a `urls-file`, one a line, to `seen`: one pass over the
 * text, each line normalised once (most are normalised already, and kept as
 * they are). A bad line is named by its number, never quoted: a file named by
 * mistake (a .env) must not end up in the log.
 */
function addFileTargets(content, source, seen) {
    let line = 0;
    for (let start = 0; start <= content.length;) {
        let end = content.indexOf('\n', start);
        if (end < 0)
            end = content.length;
        line++;
        // trim() also takes the \r of a \r\n
        const entry = content.slice(start, end).trim();
        start = end + 1;
        if (entry === '' || entry.startsWith('#'))
            continue;
        seen.add((0,url/* isNormalised */.tZ)(entry)
            ? entry
            : (0,url/* normaliseWithUrlParser */.TX)(entry, 'urls-file', `line ${line} of ${source}`));
    }
}
function parseTargets(input, environment, operation) {
    // one set keeps every URL once, in the order first seen: the urls input, then the file
    const urls = new Set((0,list/* parseList */.E1)(input('urls')).map((entry) => (0,url/* normaliseTarget */.YR)(entry, 'urls')));
    const file = input('urls-file');
    if (file !== '') {
        const base = environment.env.GITHUB_WORKSPACE ?? '.';
        let content;
        try {
            content =
                file === '-' && environment.readStdin
                    ? environment.readStdin()
                    : environment.readFile(environment.resolvePath(base, file), MAX_URLS_FILE_BYTES);
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz)
                throw error;
            if (error instanceof FileRefusal)
                throw new errors/* InputError */.dz('urls-file', `'${file}' ${error.message}`);
            const code = error.code;
            throw new errors/* InputError */.dz('urls-file', `cannot read '${file}'${code ? ` (${code})` : ''}; give a path absolute or relative to ${environment.relativeTo ?? 'GITHUB_WORKSPACE'}`);
        }
        addFileTargets(content, file === '-' ? 'standard input' : `'${file}'`, urls);
    }
    const changedFiles = parseChangedFiles(input, operation, environment);
    const prefixes = (0,list/* parseList */.E1)(input('prefixes')).map((entry) => (0,url/* normaliseTarget */.YR)(entry, 'prefixes'));
    const purgeAll = (0,values/* bool */.lc)(input('purge-all'), 'purge-all', false);
    const targets = { urls: [...urls], prefixes: (0,list/* unique */.Am)(prefixes), purgeAll };
    if (operation === 'purge') {
        if (purgeAll && (targets.urls.length > 0 || targets.prefixes.length > 0 || changedFiles)) {
            throw new errors/* InputError */.dz('purge-all', "purges everything; leave 'urls', 'prefixes' and 'changed-files' empty");
        }
    }
    else if (operation === 'prefetch') {
        if (purgeAll)
            throw new errors/* InputError */.dz('purge-all', 'applies to purge only; prefetch takes exact URLs');
        if (targets.prefixes.length > 0)
            throw new errors/* InputError */.dz('prefixes', 'prefetch takes exact URLs, not prefixes or wildcards');
        if (changedFiles?.source.kind === 'auto' && changedFiles.source.fallback === 'purge-all') {
            throw new errors/* InputError */.dz('changed-files-fallback', "purge-all applies to purge only; prefetch needs exact URLs, so use 'fail'");
        }
    }
    else {
        for (const name of TARGET_INPUTS) {
            if (input(name) !== '')
                throw new errors/* InputError */.dz(name, `applies to purge and prefetch only, not to '${operation}'`);
        }
        if (purgeAll)
            throw new errors/* InputError */.dz('purge-all', `applies to purge only, not to '${operation}'`);
    }
    return { targets, changedFiles };
}
/**
 * `changed-files` (a list, or `auto`) with its `url-map`. The rules are checked
 * here; the globs are compiled, and the files found and mapped, when the
 * operation starts.
 */
function parseChangedFiles(input, operation, environment) {
    const { env } = environment;
    const raw = input('changed-files');
    const urlMapText = input('url-map');
    const fallbackText = input('changed-files-fallback');
    const dotfiles = (0,values/* bool */.lc)(input('url-map-dotfiles'), 'url-map-dotfiles', false);
    const auto = raw.toLowerCase() === 'auto';
    const fallback = (0,values/* oneOf */.yL)(fallbackText || 'fail', 'changed-files-fallback', [
        'fail',
        'purge-all',
    ]);
    if (fallbackText !== '' && !auto) {
        throw new errors/* InputError */.dz('changed-files-fallback', "only applies with 'changed-files: auto'");
    }
    const urlMap = urlMapText === '' ? [] : (0,url_map/* parseUrlMap */.FE)(urlMapText);
    if (raw === '')
        return undefined;
    if (!['purge', 'prefetch'].includes(operation))
        return undefined; // refused by the caller
    if (urlMap.length === 0) {
        throw new errors/* InputError */.dz('url-map', "is required with 'changed-files' to turn file paths into URLs, e.g. 'public/** => https://cdn.example.com/{path}'");
    }
    const workspace = env.GITHUB_WORKSPACE || environment.resolvePath('.', '.');
    if (auto) {
        const workflow = Object.fromEntries(WORKFLOW_VARIABLES.map((name) => [name, env[name]]));
        return { source: { kind: 'auto', fallback, workflow }, urlMap, dotfiles, workspace };
    }
    const files = (0,list/* parseList */.E1)(raw).map((file) => file.replace(/^\.\//, ''));
    for (const file of files) {
        if (src_text/* CONTROL_CHARACTERS */.nI.test(file))
            throw new errors/* InputError */.dz('changed-files', 'contains control characters');
    }
    return { source: { kind: 'list', files }, urlMap, dotfiles, workspace };
}

;// CONCATENATED MODULE: ./src/config/parse.ts










/**
 * Parses and validates every input. Throws InputError naming the input and what
 * is allowed; it sends nothing, so a bad input never causes a request.
 */
function parseConfig(read, environment) {
    const input = (name) => read(name).trim();
    const optional = (name) => input(name) || undefined;
    const provider = (0,values/* oneOf */.yL)(input('provider'), 'provider', catalog/* PROVIDERS */.xq, true);
    const operation = (0,values/* oneOf */.yL)(input('operation'), 'operation', catalog/* OPERATIONS */.xb, true);
    if (!catalog/* SUPPORTED_OPERATIONS */.YR[provider].includes(operation)) {
        const reason = catalog/* UNSUPPORTED_REASONS */.iN[provider]?.[operation];
        if (reason)
            throw new errors/* InputError */.dz('operation', `'${operation}' is not available for ${provider}: ${reason}`);
        throw new errors/* UnsupportedOperationError */.vR(provider, operation, catalog/* SUPPORTED_OPERATIONS */.YR[provider]);
    }
    refuseShortSecrets(input);
    refuseOtherProvidersInputs(provider, input);
    const probeOnly = isProbeOnly(operation, optional);
    const config = {
        provider,
        operation,
        dryRun: (0,values/* bool */.lc)(input('dry-run'), 'dry-run', false),
        // a TLS probe of hostnames alone calls no provider: no credentials needed
        credentials: probeOnly ? {} : parseCredentials(provider, operation, optional),
        apiUrl: (0,values/* apiUrl */.y0)(optional('api-url')),
        // CDNetworks' resource is a list of domains, never part of a path
        resource: (provider === 'cdnetworks' ? values/* text */.Qq : values/* pathId */.lH)(optional('resource'), 'resource'),
        organization: (0,values/* pathId */.lH)(optional('organization'), 'organization'),
        targets: { urls: [], prefixes: [], purgeAll: false },
        ifNoTargets: (0,values/* oneOf */.yL)(input('if-no-targets') || 'warn', 'if-no-targets', [
            'warn',
            'ignore',
            'error',
        ]),
        maxDurationSeconds: (0,values/* integer */.nd)(input('max-duration'), 'max-duration', 120, 0, 7 * 86_400),
        collapse: (0,values/* oneOf */.yL)(input('collapse') || 'auto', 'collapse', ['auto', 'never']),
        wait: (0,values/* bool */.lc)(input('wait'), 'wait', false),
        waitTimeoutSeconds: (0,values/* integer */.nd)(input('wait-timeout'), 'wait-timeout', defaultWaitTimeoutSeconds(operation), 1),
        taskIds: (0,list/* parseList */.E1)(input('task-id')).map((id) => (0,values/* pathId */.lH)(id, 'task-id')),
        purgeAction: (0,values/* oneOf */.yL)(input('purge-action') || 'default', 'purge-action', [
            'default',
            'delete',
            'expire',
        ]),
        checkQuota: (0,values/* bool */.lc)(input('check-quota'), 'check-quota', false),
        credential: {
            id: (0,values/* pathId */.lH)(optional('credential-id'), 'credential-id'),
            name: (0,values/* text */.Qq)(optional('name'), 'name'),
            readOnly: input('read-only') === '' ? undefined : (0,values/* bool */.lc)(input('read-only'), 'read-only', false),
            buckets: input('buckets') === ''
                ? undefined
                : (0,list/* parseList */.E1)(input('buckets')).map((b) => (0,values/* text */.Qq)(b, 'buckets')),
            subfolder: (0,values/* text */.Qq)(optional('subfolder'), 'subfolder'),
        },
        token: {
            id: (0,values/* text */.Qq)(optional('token-id'), 'token-id'),
            clientId: (0,values/* text */.Qq)(optional('client-id'), 'client-id'),
            role: (0,values/* text */.Qq)(optional('role'), 'role'),
            expiresInDays: (0,values/* expiresInDays */.fk)(input('expires-in-days')),
            warnDays: (0,values/* integer */.nd)(input('warn-days'), 'warn-days', 7, 0),
        },
        deleteOld: (0,values/* bool */.lc)(input('delete-old'), 'delete-old', true),
        certificate: parseCertificateInputs(input, environment, operation),
        timeoutSeconds: (0,values/* integer */.nd)(input('timeout'), 'timeout', 30, 1, 600),
        maxRetries: (0,values/* integer */.nd)(input('max-retries'), 'max-retries', 4, 0, 10),
    };
    if (config.credential.id !== undefined && !/^[\w.-]+$/.test(config.credential.id)) {
        throw new errors/* InputError */.dz('credential-id', 'must be a uuid (letters, digits, "-", "_" and "." only)');
    }
    if (config.token.id !== undefined && !/^\d+$/.test(config.token.id)) {
        throw new errors/* InputError */.dz('token-id', 'must be a numeric Gcore token id');
    }
    if (config.token.clientId !== undefined && !/^\d+$/.test(config.token.clientId)) {
        throw new errors/* InputError */.dz('client-id', 'must be a numeric Gcore client id');
    }
    Object.assign(config, parseTargets(input, environment, operation));
    requireOperationInputs(config, optional);
    config.githubSecret = parseGithubSecret(config, optional, environment);
    if (config.changedFiles?.source.kind === 'auto') {
        config.changedFiles.source.githubToken = optional('github-token');
    }
    return config;
}
/**
 * An input only some providers read (INPUTS' `providers`), set to anything
 * but its default for another provider: refused rather than silently ignored.
 */
function refuseOtherProvidersInputs(provider, input) {
    for (const spec of INPUTS) {
        if (!('providers' in spec) || spec.providers.includes(provider))
            continue;
        const value = input(spec.name);
        const fallback = 'default' in spec ? spec.default : '';
        if (value !== '' && value.toLowerCase() !== fallback.toLowerCase()) {
            throw new errors/* InputError */.dz(spec.name, `applies to ${spec.providers.join(' and ')} only, not to ${provider}`);
        }
    }
}
/**
 * A secret of one or two characters cannot be masked: the runner would hide
 * every occurrence of those characters in the log, and cdnkit would redact them
 * from every message. No real credential is that short.
 */
function refuseShortSecrets(input) {
    for (const spec of INPUTS) {
        if (!('secret' in spec && spec.secret))
            continue;
        const { length } = input(spec.name);
        if (length > 0 && length < MIN_SECRET_LENGTH) {
            throw new errors/* InputError */.dz(spec.name, `is ${length} character${length === 1 ? '' : 's'} long: a secret needs at least ${MIN_SECRET_LENGTH} to be masked in the log; give the real credential`);
        }
    }
}
function requireOperationInputs(config, optional) {
    const { provider, operation } = config;
    const need = (name, why) => {
        if (optional(name) === undefined)
            throw new errors/* InputError */.dz(name, `is required ${why}`);
    };
    if (operation === 'purge-status' && config.taskIds.length === 0) {
        need('task-id', "for 'purge-status' (or use 'wait: true' on the purge itself)");
    }
    if (provider === 'medianova' && operation !== 'login' && !isProbeOnly(operation, optional)) {
        need('organization', `for medianova '${operation}' (the organization uuid)`);
    }
    if (provider === 'medianova' && ['purge', 'prefetch', 'purge-status'].includes(operation)) {
        need('resource', `for medianova '${operation}' (resource uuid or hostname)`);
    }
    if (provider === 'gcore' && ['purge', 'prefetch', 'purge-status'].includes(operation)) {
        need('resource', `for gcore '${operation}' (resource id or one of its hostnames)`);
    }
    if ((0,catalog/* isCredentialOperation */.Db)(operation) &&
        !['list-credentials', 'create-credential'].includes(operation)) {
        need('credential-id', `for '${operation}'`);
    }
    if (operation === 'create-credential')
        need('name', "for 'create-credential'");
    if (operation === 'update-credential' &&
        config.credential.name === undefined &&
        config.credential.readOnly === undefined &&
        config.credential.buckets === undefined &&
        config.credential.subfolder === undefined) {
        throw new errors/* InputError */.dz('name', "update-credential needs at least one of 'name', 'read-only', 'buckets', 'subfolder'");
    }
    if (operation === 'create-token') {
        need('name', "for 'create-token'");
        need('role', "for 'create-token' (a role name such as 'Purge and Prefetch only (API)', or its id)");
    }
    if (operation === 'delete-token')
        need('token-id', "for 'delete-token'");
    if (operation === 'rotate-token' &&
        config.token.id === undefined &&
        config.credentials.apiToken === undefined) {
        throw new errors/* InputError */.dz('token-id', "is required for 'rotate-token' when signing in with 'username' + 'password'");
    }
}

;// CONCATENATED MODULE: ./src/config/read.ts





/**
 * Reads every input once, through `read` (the runner's INPUT_* variables, or
 * the CLI's flags). Secret inputs are registered with the registry before
 * anything else is done with them.
 */
function configFromInputs(read, secrets, env, files = {}) {
    for (const spec of INPUTS) {
        if ('secret' in spec && spec.secret)
            secrets.add(read(spec.name).trim());
    }
    maskKeyLines([
        { text: read('private-key'), input: 'private-key' },
        { text: read('certificate'), input: 'certificate' },
    ], secrets);
    const config = parseConfig(read, {
        env,
        readFile: readRegularFile,
        resolvePath: (base, path) => (0,external_node_path_.resolve)(base, path),
        ...files,
    });
    // key files are read while parsing; nothing was printed since
    maskKeyLines([config.certificate.privateKey, config.certificate.chain], secrets);
    return config;
}

// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __nccwpck_require__(9164);
// EXTERNAL MODULE: ./src/http/shape.ts
var http_shape = __nccwpck_require__(1513);
// EXTERNAL MODULE: ./src/timing.ts
var timing = __nccwpck_require__(8117);
// EXTERNAL MODULE: ./src/http/paths.ts
var paths = __nccwpck_require__(9096);
;// CONCATENATED MODULE: ./src/github/paths.ts

/** `owner/repo` with each part encoded, the slash kept. */
function repo(repository) {
    return repository.split('/').map(paths/* pathSegment */.p).join('/');
}
/** Where the scope's secrets live, e.g. `/repos/o/r/actions/secrets`. */
function secretsBase(scope) {
    switch (scope.kind) {
        case 'repository':
            return `/repos/${repo(scope.repository)}/actions/secrets`;
        case 'environment':
            return `/repos/${repo(scope.repository)}/environments/${(0,paths/* pathSegment */.p)(scope.environment)}/secrets`;
        case 'organization':
            return `/orgs/${(0,paths/* pathSegment */.p)(scope.org)}/actions/secrets`;
    }
}
const githubPaths = {
    publicKey: (scope) => `${secretsBase(scope)}/public-key`,
    secret: (scope, name) => `${secretsBase(scope)}/${(0,paths/* pathSegment */.p)(name)}`,
    /** organization secrets with `selected` visibility: the repositories that see it */
    selectedRepositories: (org, name) => `/orgs/${(0,paths/* pathSegment */.p)(org)}/actions/secrets/${(0,paths/* pathSegment */.p)(name)}/repositories`,
};

;// CONCATENATED MODULE: ./src/github/seal.ts
/**
 * GitHub accepts a secret only encrypted with a libsodium sealed box for the
 * scope's public key. libsodium (its WebAssembly included) is imported here, on
 * first use, so a run that stores no secret never loads or parses it.
 */
/** Bytes of an X25519 public key (crypto_box_PUBLICKEYBYTES). */
const PUBLIC_KEY_BYTES = 32;
/** Encrypts `value` for the base64 `publicKey`; returns the base64 sealed box. */
async function sealSecret(value, publicKey) {
    const { default: sodium } = await __nccwpck_require__.e(/* import() */ 768).then(__nccwpck_require__.bind(__nccwpck_require__, 4768));
    await sodium.ready;
    let key;
    try {
        key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
    }
    catch {
        throw new Error('the public key is not valid base64');
    }
    if (key.length !== PUBLIC_KEY_BYTES) {
        throw new Error(`the public key has ${key.length} bytes, not ${PUBLIC_KEY_BYTES}`);
    }
    const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

;// CONCATENATED MODULE: ./src/github/secret-store.ts






/** Repositories listed per page when reading a `selected` organization secret (GitHub's maximum). */
const REPOSITORIES_PER_PAGE = 100;
/** Pages of selected repositories read at most: 10,000 repositories. */
const MAX_REPOSITORY_PAGES = 100;
const secret_store_PUBLIC_KEY = (0,http_shape/* object */.Ik)({ key_id: http_shape.id, key: http_shape/* string */.Yj });
const ORG_SECRET = (0,http_shape/* object */.Ik)({ visibility: (0,http_shape/* optional */.lq)((0,http_shape/* word */.Vm)(['all', 'private', 'selected'])) });
const SELECTED_REPOSITORIES = (0,http_shape/* object */.Ik)({
    total_count: (0,http_shape/* optional */.lq)(http_shape/* number */.ai),
    repositories: (0,http_shape/* array */.YO)((0,http_shape/* object */.Ik)({ id: http_shape/* number */.ai })),
});
class GithubSecretStore {
    target;
    options;
    scope;
    constructor(target, options) {
        this.target = target;
        this.options = options;
        this.scope = scopeOf(target);
    }
    describe(name) {
        const { scope } = this;
        switch (scope.kind) {
            case 'repository':
                return `repository secret ${name} of ${scope.repository}`;
            case 'environment':
                return `environment secret ${name} of ${scope.repository} (environment ${scope.environment})`;
            case 'organization':
                return `organization secret ${name} of ${scope.org}`;
        }
    }
    /** Seals and writes every secret; a failure says which were already written. */
    async store(secrets) {
        for (const secret of secrets) {
            this.options.secrets.add(secret.value);
            if (secret.value === '') {
                throw new errors/* RefusalError */.XQ(`Refusing to store an empty value in ${this.describe(secret.name)}`);
            }
        }
        if (secrets.length === 0)
            return;
        const stored = [];
        try {
            const session = await this.session();
            const key = await this.publicKey(session);
            for (const secret of secrets) {
                await this.put(session, key, secret);
                stored.push(this.describe(secret.name));
                this.options.logger.info(`Wrote ${this.describe(secret.name)}`);
            }
        }
        catch (error) {
            throw this.explain(error, stored);
        }
    }
    async session() {
        const { createGithubClient, githubAction, githubRequest } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(339), __nccwpck_require__.e(321)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2396));
        const { logger, timeoutMs, maxRetries, scale } = this.options;
        const client = createGithubClient({
            token: this.target.token,
            apiUrl: this.target.apiUrl,
            timeoutMs,
            maxRetries,
            logger,
            scale,
        });
        const details = { secretScope: this.scope };
        const send = (request) => githubRequest(client, { ...request, details });
        const fail = (method, path, message, status) => new errors/* ProviderError */.mZ('github', message, {
            status,
            action: githubAction(client, method, path),
            ...details,
        });
        return {
            send,
            fail,
            read: async (path, shape, query) => {
                const { data } = await send({ method: 'GET', path, query });
                try {
                    return (0,http_shape/* readShape */._f)(shape, data);
                }
                catch (error) {
                    if (!(error instanceof http_shape/* ShapeError */.ym))
                        throw error;
                    throw fail('GET', path, error.message);
                }
            },
        };
    }
    async publicKey(session) {
        const body = await session.read(githubPaths.publicKey(this.scope), secret_store_PUBLIC_KEY);
        return { keyId: body.key_id, key: body.key };
    }
    async put(session, key, secret) {
        let encrypted;
        try {
            encrypted = await sealSecret(secret.value, key.key);
        }
        catch (error) {
            throw new errors/* ProviderError */.mZ('github', `cannot encrypt: ${error.message}`, {
                action: `GET ${githubPaths.publicKey(this.scope)}`,
            });
        }
        const body = { encrypted_value: encrypted, key_id: key.keyId };
        if (this.scope.kind === 'organization') {
            Object.assign(body, await this.orgAccess(session, this.scope.org, secret.name));
        }
        const path = githubPaths.secret(this.scope, secret.name);
        const { status } = await session.send({ method: 'PUT', path, body });
        if (status !== 201 && status !== 204) {
            throw session.fail('PUT', path, `unexpected answer ${status}; expected 201 or 204`, status);
        }
    }
    /** The visibility (and selected repositories) to keep; `private` for a new secret. */
    async orgAccess(session, org, name) {
        let visibility;
        try {
            const body = await session.read(githubPaths.secret(this.scope, name), ORG_SECRET);
            visibility = body.visibility ?? 'private';
        }
        catch (error) {
            if (error instanceof errors/* ProviderError */.mZ && error.status === 404)
                return { visibility: 'private' };
            throw error;
        }
        if (visibility !== 'selected')
            return { visibility };
        return {
            visibility,
            selected_repository_ids: await this.selectedRepositories(session, org, name),
        };
    }
    /**
     * Every repository a `selected` secret is visible to. The PUT replaces the
     * list, so a list read only in part (a page count that never ends, pages that
     * repeat) is refused rather than written: it would hide the secret from the rest.
     */
    async selectedRepositories(session, org, name) {
        const path = githubPaths.selectedRepositories(org, name);
        const list = await (0,pages/* readPages */.n)(async (page) => {
            const body = await session.read(path, SELECTED_REPOSITORIES, {
                per_page: REPOSITORIES_PER_PAGE,
                page,
            });
            return {
                items: body.repositories.map((repository) => repository.id),
                total: body.total_count,
            };
        }, String, {
            maxPages: MAX_REPOSITORY_PAGES,
            maxItems: MAX_REPOSITORY_PAGES * REPOSITORIES_PER_PAGE,
            pageSize: REPOSITORIES_PER_PAGE,
        });
        if (!list.complete) {
            throw session.fail('GET', path, `the repositories secret ${name} is visible to could not be read to the end (${(0,pages/* incompleteReason */.D)(list)}); the secret was not written, as that would hide it from the rest`);
        }
        return list.items;
    }
    /** Says which secrets were already written; GitHub's text is redacted as every answer is. */
    explain(error, stored) {
        if (!(error instanceof errors/* ProviderError */.mZ))
            return error;
        const note = stored.length > 0 ? `. already stored: ${stored.join(', ')}` : '';
        const message = this.options.secrets.redact(`${error.message}${note}`);
        return new errors/* ProviderError */.mZ('github', message, error.details);
    }
}
function scopeOf(target) {
    if (target.org)
        return { kind: 'organization', org: target.org };
    const repository = target.repository ?? '';
    if (target.environment)
        return { kind: 'environment', repository, environment: target.environment };
    return { kind: 'repository', repository };
}
/**
 * The store the inputs ask for (`secret-name`), or undefined. Its client paces
 * itself: GitHub's limits have nothing to do with the CDN's.
 */
function githubSecretStore(config, logger, secrets, env) {
    if (!config.githubSecret)
        return undefined;
    return new GithubSecretStore(config.githubSecret, {
        logger,
        secrets,
        scale: (0,timing/* pacingScaleFromEnv */.G4)(env),
        timeoutMs: config.timeoutSeconds * 1000,
        maxRetries: config.maxRetries,
    });
}

// EXTERNAL MODULE: ./src/providers/create-provider.ts
var create_provider = __nccwpck_require__(9880);
;// CONCATENATED MODULE: ./src/operations/run.ts


/** Purge and prefetch: one runner of the purge chunk, told which. */
function cacheRunner(kind) {
    return async () => {
        const { purgeOrPrefetch } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(349), __nccwpck_require__.e(540)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6540));
        return (provider, ctx) => purgeOrPrefetch(kind, provider, ctx);
    };
}
/**
 * Every operation's runner, each loaded when its operation runs (a purge loads no rotation
 * code; certificate operations load their own chunk): a missing one fails the typecheck, not
 * a run.
 */
const RUNNERS = {
    login: async () => (await __nccwpck_require__.e(/* import() */ 975).then(__nccwpck_require__.bind(__nccwpck_require__, 5975))).login,
    purge: cacheRunner('purge'),
    prefetch: cacheRunner('prefetch'),
    'purge-status': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(349), __nccwpck_require__.e(986)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9986))).purgeStatus,
    'list-credentials': async () => (await __nccwpck_require__.e(/* import() */ 728).then(__nccwpck_require__.bind(__nccwpck_require__, 3728))).listCredentials,
    'get-credential': async () => (await __nccwpck_require__.e(/* import() */ 728).then(__nccwpck_require__.bind(__nccwpck_require__, 3728))).getCredential,
    'create-credential': async () => (await __nccwpck_require__.e(/* import() */ 728).then(__nccwpck_require__.bind(__nccwpck_require__, 3728))).createCredential,
    'update-credential': async () => (await __nccwpck_require__.e(/* import() */ 728).then(__nccwpck_require__.bind(__nccwpck_require__, 3728))).updateCredential,
    'delete-credential': async () => (await __nccwpck_require__.e(/* import() */ 728).then(__nccwpck_require__.bind(__nccwpck_require__, 3728))).deleteCredential,
    'rotate-credential': async () => (await __nccwpck_require__.e(/* import() */ 141).then(__nccwpck_require__.bind(__nccwpck_require__, 4141))).rotateCredential,
    'list-tokens': async () => (await __nccwpck_require__.e(/* import() */ 798).then(__nccwpck_require__.bind(__nccwpck_require__, 2798))).listTokens,
    'create-token': async () => (await __nccwpck_require__.e(/* import() */ 798).then(__nccwpck_require__.bind(__nccwpck_require__, 2798))).createToken,
    'delete-token': async () => (await __nccwpck_require__.e(/* import() */ 798).then(__nccwpck_require__.bind(__nccwpck_require__, 2798))).deleteToken,
    'rotate-token': async () => (await __nccwpck_require__.e(/* import() */ 743).then(__nccwpck_require__.bind(__nccwpck_require__, 4743))).rotateToken,
    'check-token': async () => (await __nccwpck_require__.e(/* import() */ 366).then(__nccwpck_require__.bind(__nccwpck_require__, 4366))).checkToken,
};
/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
async function runOperation(ctx) {
    const { operation } = ctx.config;
    if ((0,catalog/* isCertificateOperation */.b$)(operation)) {
        const { runCertificateOperation } = await __nccwpck_require__.e(/* import() */ 333).then(__nccwpck_require__.bind(__nccwpck_require__, 6333));
        return runCertificateOperation(ctx);
    }
    const runner = await RUNNERS[operation]();
    const provider = await (0,create_provider/* createProvider */.Q)(ctx);
    try {
        return await runner(provider, ctx);
    }
    finally {
        provider.http.dispose();
    }
}

// EXTERNAL MODULE: ./src/run-context.ts
var run_context = __nccwpck_require__(3564);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/workflow-commands.ts
/**
 * The GitHub runner reads every line a step writes, on stdout and stderr, for
 * workflow commands: a line that starts, after white space, with `::` (the
 * add-mask and stop-commands commands among them), and the legacy `##[command]` anywhere
 * in a line (actions/runner src/Runner.Common/ActionCommand.cs: TryParseV2
 * trims the line's start; TryParse looks for `##[` at any index; the worker
 * tries both). @actions/core escapes `%`, CR and LF inside a command's value,
 * but `core.info(text)` writes `text` as it is: a provider's token name
 * containing a line break and a stop-commands command would stop the runner
 * from reading the add-mask commands that follow it. Everything written goes through
 * `neutraliseCommands` at the one place each front end writes (src/action/,
 * src/cli/), so no line of it can start a command.
 */
/** Invisible to a reader, and not white space to the runner: it breaks `::` and `##[` apart. */
const BREAK = '\u200b';
/**
 * `text` with every command opener broken by a zero-width space: `::` at the
 * start of a line (after spaces or tabs), and `##[` anywhere. Line breaks are
 * kept; nothing else changes. Linear: each line start is looked at once.
 */
function neutraliseCommands(text) {
    return text
        .replace(/(^|[\r\n])([^\S\r\n]*):(?=:)/g, `$1$2:${BREAK}`)
        .replace(/##\[/g, `#${BREAK}#[`);
}
/**
 * The same for JSON text: `##[` can only be inside a JSON string there, where
 * `\u0023` is the same `#`, so the data a parser reads is unchanged. (A line
 * of JSON never starts with `::`.)
 */
function neutraliseJsonCommands(json) {
    return json.replace(/##\[/g, '#\\u0023[');
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./src/cli/suggest.ts
/** "Did you mean": the known word closest to a mistyped one, if any is close enough. */
/** Longer words are not compared: a typo is short, and the distance is quadratic. */
const MAX_LENGTH = 64;
/**
 * The candidate with the smallest edit distance to `word` (case ignored;
 * insertions, deletions, substitutions and swaps of neighbours each count
 * one), when that distance is small for the word's length; the first such
 * candidate on a tie. Undefined when nothing is close.
 */
function closest(word, candidates) {
    const typed = word.toLowerCase();
    if (typed.length === 0 || typed.length > MAX_LENGTH)
        return undefined;
    const limit = typed.length <= 4 ? 1 : typed.length <= 9 ? 2 : 3;
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        const known = candidate.toLowerCase();
        if (Math.abs(known.length - typed.length) >= bestDistance)
            continue;
        const distance = editDistance(typed, known);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a, b) {
    // rows[i][j]: distance between the first i characters of a and the first j of b
    const rows = [];
    for (let i = 0; i <= a.length; i++)
        rows.push([i]);
    for (let j = 1; j <= b.length; j++)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let distance = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                distance = Math.min(distance, rows[i - 2][j - 2] + 1);
            rows[i][j] = distance;
        }
    }
    return rows[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/cli/args.ts





/** Inputs that are true or false: `--wait` means true, `--no-wait` false. */
const BOOLEAN_INPUTS = [
    'dry-run',
    'purge-all',
    'wait',
    'check-quota',
    'read-only',
    'delete-old',
    'probe',
];
/**
 * Credentials may come from these variables instead of flags, which stay out of
 * shell history and the process list. A flag wins over its variable.
 */
const CREDENTIAL_VARIABLES = [
    ['api-key', 'CDNKIT_API_KEY'],
    ['api-secret', 'CDNKIT_API_SECRET'],
    ['api-token', 'CDNKIT_API_TOKEN'],
    ['username', 'CDNKIT_USERNAME'],
    ['password', 'CDNKIT_PASSWORD'],
    ['github-token', 'CDNKIT_GITHUB_TOKEN'],
];
/** Flags of the CLI itself, besides one flag per input. */
const CLI_FLAGS = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'print-secret': { type: 'boolean' },
    'secret-file': { type: 'string' },
};
/** Every input is a flag except `operation`, the positional argument. */
const INPUT_FLAGS = INPUTS.filter((spec) => spec.name !== 'operation');
const FLAG_TYPES = new Map([
    ...Object.entries(CLI_FLAGS).map(([name, flag]) => [name, flag.type]),
    ...INPUT_FLAGS.map(({ name }) => [name, BOOLEAN_INPUTS.includes(name) ? 'boolean' : 'string']),
]);
/** Every spelling a user may type, for "did you mean". */
const KNOWN_FLAGS = [...FLAG_TYPES].flatMap(([name, type]) => type === 'boolean' ? [`--${name}`, `--no-${name}`] : [`--${name}`]);
/** parseArgs without its own errors, which quote the arguments: cdnkit checks every token itself. */
function tokenize(argv) {
    const options = {};
    for (const [name, type] of FLAG_TYPES)
        options[name] = { type };
    options.help = CLI_FLAGS.help;
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        options,
        allowPositionals: true,
        allowNegative: true,
        strict: false,
        tokens: true,
    }).tokens;
}
/** True when the command line asks for JSON, even if it is otherwise unusable. */
function wantsJson(argv) {
    return tokenize(argv).some((token) => token.kind === 'option' && token.name === 'json' && token.rawName === '--json');
}
/**
 * Turns argv into a command. A UsageError never quotes an argument's value
 * (a misplaced secret would end up on the screen and in CI logs): it names
 * known flags, and arguments by their position.
 */
function parseCommandLine(argv, env) {
    const tokens = tokenize(argv);
    const isOption = (token, name) => token.kind === 'option' && token.name === name;
    if (tokens.some((token) => isOption(token, 'help')))
        return { kind: 'help' };
    if (tokens.some((token) => isOption(token, 'version')))
        return { kind: 'version' };
    const values = new Map();
    const positionals = [];
    for (const token of tokens) {
        if (token.kind === 'positional')
            positionals.push(token);
        if (token.kind !== 'option')
            continue;
        const value = optionValue(token, argv);
        const previous = values.get(token.name) ?? [];
        if (token.name === 'secret-file' && previous.length > 0)
            throw new errors/* UsageError */.eb(`option '--${token.name}' is given twice`);
        values.set(token.name, [...previous, value]);
    }
    const [operation, ...extra] = positionals;
    if (operation === undefined)
        throw new errors/* UsageError */.eb('missing the operation, e.g. cdnkit purge');
    if (!catalog/* OPERATIONS */.xb.includes(operation.value)) {
        const guess = closest(operation.value, catalog/* OPERATIONS */.xb);
        throw new errors/* UsageError */.eb(guess
            ? `unknown operation in argument ${operation.index + 1}; did you mean '${guess}'?`
            : `unknown operation in argument ${operation.index + 1}; operations: ${catalog/* OPERATIONS */.xb.join(', ')}`);
    }
    if (extra.length > 0) {
        throw new errors/* UsageError */.eb(`unexpected argument ${extra[0].index + 1}: give one operation, and each value after its flag (--name value)`);
    }
    const inputs = new Map([['operation', operation.value]]);
    for (const { name } of INPUT_FLAGS) {
        const given = values.get(name);
        if (given)
            inputs.set(name, BOOLEAN_INPUTS.includes(name) ? given.at(-1) : given.join('\n'));
    }
    for (const [name, variable] of CREDENTIAL_VARIABLES) {
        const value = env[variable];
        if (!inputs.has(name) && value)
            inputs.set(name, value);
    }
    const last = (name) => values.get(name)?.at(-1);
    return {
        kind: 'run',
        inputs,
        json: last('json') === 'true',
        verbose: last('verbose') === 'true',
        printSecret: last('print-secret') === 'true',
        ...(last('secret-file') !== undefined ? { secretFile: last('secret-file') } : {}),
    };
}
/** The value of one option token: 'true'/'false' for switches, the text for the rest. */
function optionValue(token, argv) {
    const type = FLAG_TYPES.get(token.name);
    const negated = token.rawName.startsWith('--no-');
    if (type === undefined || (negated && type !== 'boolean'))
        throw unknownOption(token, argv);
    const flag = `--${token.name}`;
    if (type === 'boolean') {
        if (token.value === undefined)
            return String(!negated);
        // --wait=true reads like the action's input; anything else is not quoted back
        if (!negated && (token.value === 'true' || token.value === 'false'))
            return token.value;
        throw new errors/* UsageError */.eb(`option '${flag}' is a switch: use ${flag} or --no-${token.name}`);
    }
    if (token.value === undefined)
        throw new errors/* UsageError */.eb(`option '${flag}' needs a value`);
    const next = token.value.split('=')[0];
    if (!token.inlineValue && KNOWN_FLAGS.includes(next)) {
        throw new errors/* UsageError */.eb(`option '${flag}' needs a value, but the next argument is the option '${next}'`);
    }
    return token.value;
}
/**
 * Names the option only when the argument reads like a flag (`--` and a short
 * lower-case word, or `-x`), never a value: a secret glued to `--` or given
 * `=value` is described by its position.
 */
function unknownOption(token, argv) {
    const argument = argv[token.index] ?? '';
    const name = argument.split('=')[0];
    const flagLike = /^(--[a-z][a-z0-9-]{0,39}|-[a-zA-Z])$/.test(name) && name === token.rawName;
    if (!flagLike)
        return new errors/* UsageError */.eb(`argument ${token.index + 1} is not an option cdnkit knows`);
    const guess = closest(name, KNOWN_FLAGS);
    return new errors/* UsageError */.eb(`unknown option '${name}'${guess ? `; did you mean '${guess}'?` : ''}`);
}

// EXTERNAL MODULE: ./src/hints.ts
var hints = __nccwpck_require__(9957);
;// CONCATENATED MODULE: ./src/cli/failure.ts



const EXIT_SUCCESS = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
function exitCodeFor(error) {
    return error instanceof errors/* UsageError */.eb || error instanceof errors/* InputError */.dz ? EXIT_USAGE : EXIT_FAILURE;
}
/** The JSON form of a thrown error; `message` is the redacted line shown on stderr. */
function errorJson(error, message) {
    const base = { message, exitCode: exitCodeFor(error) };
    if (error instanceof errors/* UsageError */.eb)
        return { kind: 'usage', ...base };
    if (error instanceof errors/* InputError */.dz)
        return { kind: 'input', input: error.input, ...base };
    if (error instanceof errors/* ProviderError */.mZ) {
        return {
            kind: 'provider',
            provider: error.provider,
            ...(error.status !== undefined ? { status: error.status } : {}),
            ...(error.requestId ? { requestId: error.requestId } : {}),
            ...base,
        };
    }
    if (error instanceof errors/* StepError */.zg)
        return { kind: 'step', step: error.step, ...base };
    return { kind: 'internal', ...base };
}
/**
 * The one line for a thrown error. A missing credential also names the
 * CDNKIT_* variables the CLI reads it from, since a terminal user has no
 * `with:` block to put it in.
 */
function describeCliError(error, given) {
    const line = (0,hints/* describeFailure */.Ic)(error);
    if (!(error instanceof errors/* InputError */.dz) || given === undefined)
        return line;
    const variables = new Map(CREDENTIAL_VARIABLES);
    const isMissing = (name) => variables.has(name) && !given.get(name)?.trim();
    if (!isMissing(error.input))
        return line;
    // the inputs the message asks for, in its order, that were not given
    const named = [error.input, ...[...line.matchAll(/'([a-z-]+)'/g)].map((match) => match[1])];
    const missing = [...new Set(named)].filter(isMissing);
    const reads = missing.map((name) => `${variables.get(name)} for --${name}`);
    return `${line}; cdnkit reads ${reads.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/cli/help.ts



const COLUMN = 30;
function entry(flag, description) {
    return flag.length <= COLUMN - 4
        ? `  ${flag.padEnd(COLUMN - 2)}${description}`
        : `  ${flag}\n${' '.repeat(COLUMN)}${description}`;
}
/** `cdnkit --help`: built from the input table, so it lists every input the action has. */
function helpText() {
    const inputs = INPUT_FLAGS.map((spec) => {
        const flag = BOOLEAN_INPUTS.includes(spec.name)
            ? `--${spec.name}, --no-${spec.name}`
            : `--${spec.name} <value>`;
        const fallback = 'default' in spec ? ` (default: ${spec.default})` : '';
        return entry(flag, spec.description + fallback);
    });
    return `cdnkit ${version/* VERSION */.x}: purge and prefetch CDN cache and rotate CDN API credentials
(Medianova, Gcore, CDNetworks) from a terminal, with the inputs of the GitHub Action.

Usage: cdnkit <operation> --provider <provider> [--<input> <value> ...]

Operations: ${catalog/* OPERATIONS */.xb.join(', ')}

Examples:
  cdnkit purge --provider gcore --resource 123 --urls-file list.txt
  git diff --name-only | sed 's|^public||' | cdnkit purge --provider gcore --resource 123 --urls-file -
  cdnkit purge --provider gcore --resource cdn.example.com --prefixes '/images/*' --dry-run
  CDNKIT_API_TOKEN=... cdnkit check-token --provider gcore --json
  CDNKIT_API_TOKEN=... cdnkit create-token --provider gcore --name ci --role Users --secret-file ci.token

Inputs (each input of the action is a flag; repeat a list flag or separate values with commas):
${inputs.join('\n')}

Credentials: instead of flags, which end up in shell history and the process list, set
${CREDENTIAL_VARIABLES.map(([name, variable]) => `  ${variable.padEnd(COLUMN - 2)}for --${name}`).join('\n')}
A flag wins over its variable. Secret write-back (--secret-name) also reads GITHUB_REPOSITORY
(owner/repo) and GITHUB_API_URL (default https://api.github.com). A relative --urls-file is
read from the current directory; --urls-file - reads standard input.

A new secret is shown only once: create-token, rotate-token, create-credential and
rotate-credential are refused, before anything is sent, unless it has a destination:
--secret-name (a GitHub Actions secret), --secret-file or --print-secret.

Other flags:
${entry('--secret-file <path>', 'write the new secret to this new file, mode 0600 (an existing file is refused)')}
${entry('--print-secret', 'print the new secret once on stdout, after the result (with --json: newSecret)')}
${entry('--json', 'the result as JSON, secrets as ***; a failure adds an "error" object')}
${entry('--verbose', 'debug lines (and stack traces) on stderr')}
${entry('--version', 'print the version')}
${entry('-h, --help', 'print this help')}

The result goes to stdout, progress and errors to stderr; secrets are never printed, except
the new one that --print-secret asks for.
Exit codes: 0 success; 1 the operation failed; 2 usage error (unknown flag, missing
operation, or an input rejected before anything was sent).
`;
}

;// CONCATENATED MODULE: ./src/log.ts
function debugText(message) {
    return typeof message === 'function' ? message() : message;
}
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
};

;// CONCATENATED MODULE: ./src/cli/logger.ts

/** Progress on stderr, so stdout carries only the result; every line is redacted. */
function cliLogger(secrets, write, verbose) {
    const line = (prefix) => (message) => write(`${prefix}${secrets.redact(message)}\n`);
    const debugLine = line('debug: ');
    return {
        debug: verbose ? (message) => debugLine(debugText(message)) : () => { },
        info: line(''),
        warning: line('warning: '),
        error: line('error: '),
        startGroup: line(''),
    };
}

;// CONCATENATED MODULE: ./src/cli/new-secret.ts
/**
 * A secret that a provider shows once (a new Gcore token, a new Stook secret
 * key) must have somewhere to go before it is created: a GitHub secret
 * (--secret-name), a new file (--secret-file) or stdout (--print-secret).
 * Otherwise the CLI refuses before sending anything.
 */



/** The output that carries the operation's new secret. */
const NEW_SECRET_OUTPUTS = {
    'create-token': 'api-token',
    'rotate-token': 'api-token',
    'create-credential': 'secret-key',
    'rotate-credential': 'secret-key',
    login: 'token',
};
/** Operations that make a secret nobody can read again: refused without a destination. */
const NEEDS_DESTINATION = [
    'create-token',
    'rotate-token',
    'create-credential',
    'rotate-credential',
];
/**
 * Checks the destination before any request, and creates the file then (mode
 * 0600, never over an existing one), so it exists before the secret does.
 * Undefined when the operation makes no secret.
 */
function prepareDestination(config, flags, cwd) {
    const output = NEW_SECRET_OUTPUTS[config.operation];
    if (output === undefined) {
        for (const flag of ['print-secret', 'secret-file']) {
            if (flag === 'print-secret' ? flags.printSecret : flags.secretFile !== undefined)
                throw new errors/* UsageError */.eb(`option '--${flag}' applies to ${Object.keys(NEW_SECRET_OUTPUTS).join(', ')} only`);
        }
        return undefined;
    }
    const hasDestination = flags.printSecret || flags.secretFile !== undefined || config.githubSecret !== undefined;
    if (!hasDestination && NEEDS_DESTINATION.includes(config.operation)) {
        throw new errors/* UsageError */.eb(`${config.operation} makes a secret that is shown only once, so it needs a destination before anything is created: ` +
            '--secret-name NAME (a GitHub Actions secret), --secret-file PATH (a new file, mode 0600) or --print-secret (stdout); nothing was sent');
    }
    const destination = { output, print: flags.printSecret };
    if (flags.secretFile !== undefined) {
        if (flags.secretFile === '')
            throw new errors/* UsageError */.eb("option '--secret-file' needs a path");
        const path = (0,external_node_path_.resolve)(cwd, flags.secretFile);
        // a dry run creates nothing, but the path must be free all the same
        destination.file = { path, fd: config.dryRun ? checkFree(path) : createSecretFile(path) };
    }
    return destination;
}
/** O_CREAT | O_EXCL: fails on an existing file or symlink, so nothing is overwritten or followed. */
function createSecretFile(path) {
    try {
        return (0,external_node_fs_.openSync)(path, 'wx', 0o600);
    }
    catch (error) {
        throw secretFileError(error);
    }
}
function checkFree(path) {
    let exists = true;
    try {
        (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        exists = false;
    }
    if (exists)
        throw secretFileError(Object.assign(new Error(path), { code: 'EEXIST' }));
    return undefined;
}
function secretFileError(error) {
    const code = error.code;
    const why = code === 'EEXIST'
        ? 'the file already exists, and cdnkit never overwrites one: give a new path'
        : code === 'ENOENT'
            ? 'its directory does not exist'
            : `cannot create it (${code ?? String(error)})`;
    return new errors/* UsageError */.eb(`option '--secret-file': ${why}; nothing was sent`);
}
/**
 * Writes the new secret to the file, when the operation produced one (a failed
 * rotation still reports the secret it created); removes the file, still
 * empty, when it did not. Returns what the user should be told on stderr.
 */
function writeSecretFile(destination, secret) {
    const file = destination.file;
    if (file?.fd === undefined)
        return [];
    const { fd, path } = file;
    file.fd = undefined;
    try {
        if (secret === '') {
            (0,external_node_fs_.closeSync)(fd);
            (0,external_node_fs_.unlinkSync)(path);
            return [`No new ${destination.output} was produced; removed the empty ${path}.`];
        }
        (0,external_node_fs_.writeSync)(fd, `${secret}\n`);
        (0,external_node_fs_.closeSync)(fd);
    }
    catch (error) {
        closeQuietly(fd);
        const code = error.code ?? String(error);
        throw new Error(`writing the new ${destination.output} to ${path} failed (${code})`, {
            cause: error,
        });
    }
    return [`Wrote the new ${destination.output} to ${path} (mode 0600).`];
}
/** After an error: the file was created empty by this run, so it goes. */
function discardSecretFile(destination) {
    const file = destination?.file;
    if (file?.fd === undefined)
        return;
    closeQuietly(file.fd);
    file.fd = undefined;
    try {
        (0,external_node_fs_.unlinkSync)(file.path);
    }
    catch {
        // already gone
    }
}
function closeQuietly(fd) {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // closed already
    }
}

;// CONCATENATED MODULE: ./src/cli/render.ts

/** Longest list printed in the terminal; --json has them all. */
const CLI_MAX_LISTED = 20;
/** The report as aligned plain text: what the job summary shows, for a terminal. */
function renderText(heading, report) {
    const rows = [['Operation', heading.operation], ['Provider', heading.provider], ...report.rows];
    // array literals and concat, never push(...rows): a table may be as long as a provider's answer
    let lines = [`cdnkit: ${heading.operation} on ${heading.provider}`, '', ...columns(rows)];
    for (const table of report.tables ?? []) {
        if (table.rows.length === 0)
            continue;
        lines = lines.concat('', `${table.title}:`, columns([table.header, ...table.rows]));
    }
    for (const list of report.lists ?? []) {
        const shown = list.items.slice(0, CLI_MAX_LISTED);
        const more = list.items.length - shown.length;
        lines = lines.concat('', `${list.title}:`, shown.map((item) => `  - ${item}`));
        if (more > 0)
            lines.push(`  … and ${more} more (--json lists all)`);
    }
    return `${lines.join('\n')}\n`;
}
/** Cells padded to their column's width, one line a row, indented by two spaces. */
function columns(rows) {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, index) => {
            widths[index] = Math.max(widths[index] ?? 0, (0,src_text/* oneLine */.TN)(cell).length);
        });
    }
    return rows.map((row) => `  ${row.map((cell, index) => (0,src_text/* oneLine */.TN)(cell).padEnd(index === row.length - 1 ? 0 : widths[index] + 2)).join('')}`.trimEnd());
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The terminal front door. Below the input layer it is the action: the same
 * Config (configFromInputs -> parseConfig), run context, operation and report.
 * Only the edges differ: flags instead of INPUT_* variables, a table on stdout
 * instead of outputs and a job summary, exit codes instead of setFailed.
 */















/** Runs one command line; returns the exit code. Never throws. */
async function runCli(argv, env, terminal) {
    // in a workflow step the runner reads both streams for commands: no line of ours may start one
    const io = {
        ...terminal,
        stdout: (text) => terminal.stdout(neutraliseCommands(text)),
        stderr: (text) => terminal.stderr(neutraliseCommands(text)),
    };
    let command;
    try {
        command = parseCommandLine(argv, env);
    }
    catch (error) {
        if (!(error instanceof errors/* UsageError */.eb))
            throw error;
        const message = `${error.message} (see cdnkit --help)`;
        io.stderr(`cdnkit: ${message}\n`);
        if (wantsJson(argv))
            io.stdout(json({ error: errorJson(error, message) }));
        return exitCodeFor(error);
    }
    if (command.kind === 'help') {
        io.stdout(helpText());
        return EXIT_SUCCESS;
    }
    if (command.kind === 'version') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return EXIT_SUCCESS;
    }
    return runOperationCommand(command, env, io, terminal.stdout);
}
async function runOperationCommand(command, env, io, 
/** stdout as it is, for the one text that must reach the user exactly: a printed secret */
rawStdout) {
    const secrets = new SecretRegistry();
    const logger = cliLogger(secrets, io.stderr, command.verbose);
    let destination;
    try {
        const read = (name) => command.inputs.get(name) ?? '';
        const stdin = read('urls-file').trim() === '-' ? await readStdin(io) : undefined;
        const config = configFromInputs(read, secrets, { ...env, GITHUB_WORKSPACE: io.cwd }, {
            relativeTo: `the current directory, ${io.cwd}`,
            ...(stdin === undefined ? {} : { readStdin: () => stdin }),
        });
        destination = prepareDestination(config, command, io.cwd);
        const ctx = (0,run_context/* createRunContext */.f)(config, logger, secrets, env, {
            secretStore: githubSecretStore(config, logger, secrets, env),
        });
        const report = await runOperation(ctx);
        // the secret is kept before anything else is printed: a failed rotation reports it too
        const secret = destination ? (report.outputs[destination.output] ?? '') : '';
        if (destination)
            for (const note of writeSecretFile(destination, secret))
                logger.info(note);
        const printed = destination?.print && secret ? { output: destination.output, secret } : null;
        const failure = report.failure
            ? { kind: 'operation', message: secrets.redact(report.failure), exitCode: EXIT_FAILURE }
            : undefined;
        if (command.json)
            io.stdout(jsonResult(report, secrets, printed, failure));
        else {
            io.stdout(secrets.redact(renderText(config, report)));
            // past the neutraliser, which would change the secret invisibly
            if (printed)
                rawStdout(printedSecretText(printed));
        }
        for (const annotation of report.annotations ?? []) {
            io.stderr(`${annotation.level}: ${secrets.redact(annotation.message)}\n`);
        }
        if (failure) {
            io.stderr(`cdnkit: ${failure.message}\n`);
            return EXIT_FAILURE;
        }
        return EXIT_SUCCESS;
    }
    catch (error) {
        discardSecretFile(destination);
        if (command.verbose && error instanceof Error && error.stack) {
            io.stderr(`${secrets.redact(error.stack)}\n`);
        }
        const message = secrets.redact(describeCliError(error, command.inputs));
        io.stderr(`cdnkit: ${message}\n`);
        if (command.json)
            io.stdout(json({ error: errorJson(error, message) }));
        return exitCodeFor(error);
    }
}
async function readStdin(io) {
    if (!io.readStdin)
        throw new errors/* UsageError */.eb("'--urls-file -' needs a standard input");
    return io.readStdin();
}
/** The redacted result, plus `newSecret` with --print-secret and `error` when the run failed. */
function jsonResult(report, secrets, printed, failure) {
    // --json has every planned target with its origin; the action's result output stays small
    const result = secrets.redactJson(report.plan ? { ...report.result, plan: report.plan } : report.result);
    const object = result !== null && typeof result === 'object' && !Array.isArray(result)
        ? { ...result }
        : { result };
    // added after redaction, which would hide them
    return json({
        ...object,
        ...(printed ? { newSecret: { output: printed.output, value: printed.secret } } : {}),
        ...(failure ? { error: failure } : {}),
    });
}
/**
 * The secret exactly as the provider made it, after the table. One that could
 * start a workflow command (a line break, `::` at a line start, `##[`) is
 * printed as a JSON string instead, and said to be one: a zero-width space
 * from the neutraliser would change it invisibly.
 */
function printedSecretText({ output, secret }) {
    const safe = !/[\r\n]/.test(secret) && neutraliseCommands(secret) === secret;
    if (safe)
        return `\nNew ${output} (printed once: store it now):\n${secret}\n`;
    return (`\nNew ${output} (printed once: store it now), as a JSON string: it holds characters a workflow runner would read as a command:\n` +
        `${neutraliseJsonCommands(JSON.stringify(secret))}\n`);
}
/** JSON for stdout: `##[` written `#\\u0023[`, so the runner reads no command and a parser the same data. */
function json(value) {
    return `${neutraliseJsonCommands(JSON.stringify(value, null, 2))}\n`;
}


/***/ }),

/***/ 3528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readAll)
/* harmony export */ });
/* unused harmony export MAX_STDIN_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/** `--urls-file -` reads at most this much: the cap a urls-file has. */
const MAX_STDIN_BYTES = 64 * 1024 * 1024;
/** Reads a stream to its end as UTF-8, refusing more than `maxBytes`. */
async function readAll(stream, maxBytes = MAX_STDIN_BYTES) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buffer.length;
        if (size > maxBytes) {
            stream.destroy();
            const limit = maxBytes >= 1 << 20 ? `${maxBytes >> 20} MiB` : `${maxBytes} bytes`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('urls-file', `standard input holds more than ${limit}; split the list`);
        }
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   Gf: () => (/* binding */ secretName),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   fk: () => (/* binding */ expiresInDays),
/* harmony export */   lH: () => (/* binding */ pathId),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   y0: () => (/* binding */ apiUrl),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8992);
/** Parsers for single input values: each throws an InputError naming the input and what is allowed. */


/** GitHub's rules for secret names. */
function secretName(name, input) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name) || name.length > 255) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${name.slice(0, 60)}' is not a valid secret name: letters, digits and '_' only, not starting with a digit or GITHUB_`);
    }
    return name;
}
function oneOf(value, input, allowed, required = false) {
    if (value === '' && required)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is required; one of: ${allowed.join(', ')}`);
    if (!allowed.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value.slice(0, 60)}' is not allowed; use one of: ${allowed.join(', ')}`);
    }
    return value;
}
function bool(value, input, fallback) {
    if (value === '')
        return fallback;
    const lower = value.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value.slice(0, 60)}' is not a boolean; use true or false`);
}
function integer(value, input, fallback, min, max = Number.MAX_SAFE_INTEGER) {
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value.slice(0, 60)}' is not a whole number; use an integer from ${min} to ${max}`);
    const number = Number(value);
    if (number < min || number > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${value} is out of range; use an integer from ${min} to ${max}`);
    return number;
}
function expiresInDays(value) {
    if (value.toLowerCase() === 'never')
        return 'never';
    return integer(value, 'expires-in-days', 90, 1, 3650);
}
/** A free-text identifier: one line, no control characters, at most 255 characters. */
function text(value, input) {
    if (value === undefined)
        return undefined;
    if (_text_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTROL_CHARACTERS */ .nI.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'contains control characters or a line break; give a single line');
    if (value.length > 255)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is ${value.length} characters long; at most 255 are allowed`);
    return value;
}
/**
 * An id that goes into a request path (`credential-id`, `organization`,
 * `resource`, `task-id`): one line without `/`, `?`, `#`, `\\` or white space,
 * and not `.` or `..`, which a URL resolves as a step up the path.
 */
function pathId(value, input) {
    const id = text(value, input);
    if (id === undefined)
        return undefined;
    if (id === '.' || id === '..' || /[/?#\\\s]/.test(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(id)}' is not an id: ids go into request paths, so '/', '?', '#', '\\', white space and the names '.' and '..' are refused`);
    }
    return id;
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
function apiUrl(value) {
    if (value === undefined)
        return undefined;
    checkUrl(value, 'api-url', 'api-url');
    return value.replace(/\/+$/, '');
}
/** https anywhere; http only for loopback hosts (tests, the emulator). */
function checkUrl(value, input, label) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${label} '${value.slice(0, 80)}' is not a valid URL`);
    }
    if (url.username || url.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${label} must not contain user credentials`);
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:' && LOOPBACK.test(url.hostname))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${label} must use https (http is allowed only for loopback hosts: localhost, 127.0.0.0/8, [::1])`);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UE: () => (/* binding */ RefusedTokenError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   XQ: () => (/* binding */ RefusalError),
/* harmony export */   ZP: () => (/* binding */ QuotaError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mZ: () => (/* binding */ ProviderError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   sQ: () => (/* binding */ providerLabel),
/* harmony export */   vR: () => (/* binding */ UnsupportedOperationError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8992);

/** A bad input value or combination, detected before any request is sent. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
    }
}
/** An operation the chosen provider does not offer. */
class UnsupportedOperationError extends InputError {
    name = 'UnsupportedOperationError';
    constructor(provider, operation, supported) {
        super('operation', `'${operation}' is not supported by ${provider}; ${provider} supports: ${supported.join(', ')}`);
    }
}
/** A command line the CLI cannot run; reported in one line with exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/** The provider answered with an error, or never answered usefully. Immutable once made. */
class ProviderError extends Error {
    provider;
    name = 'ProviderError';
    details;
    constructor(provider, message, details = {}) {
        super(message);
        this.provider = provider;
        this.details = Object.freeze({ ...details });
    }
    get status() {
        return this.details.status;
    }
    get requestId() {
        return this.details.requestId;
    }
    /** The same error, counting `attempts` HTTP requests (retries and re-logins included). */
    withAttempts(attempts) {
        return new ProviderError(this.provider, this.message, { ...this.details, attempts });
    }
}
/**
 * An account limit refuses the change before anything is sent: CDNetworks' daily
 * purge quota, Gcore's 50 API tokens an account.
 */
class QuotaError extends Error {
    name = 'QuotaError';
}
/**
 * cdnkit refused a change that would do harm or cannot be right (an empty
 * secret, a certificate still in use); the message says why and that nothing
 * was changed.
 */
class RefusalError extends Error {
    name = 'RefusalError';
}
/** The API token this run signs in with was refused: expired or deleted. */
class RefusedTokenError extends Error {
    cause;
    name = 'RefusedTokenError';
    constructor(tokenId, cause) {
        super(`The api-token of this run (token ${tokenId}) was refused: it has expired or was deleted. ${describeError(cause)}`);
        this.cause = cause;
    }
}
/** A new credential exists but did not prove to work (not listed, or listed with another key). */
class VerificationError extends Error {
    name = 'VerificationError';
}
/** A multi-step change (rotation) stopped part-way; `state` says what exists now. */
class StepError extends Error {
    step;
    cause;
    state;
    name = 'StepError';
    constructor(step, cause, state) {
        super(`${step} failed: ${describeError(cause)}. ${state}`);
        this.step = step;
        this.cause = cause;
        this.state = state;
    }
}
/** One line for the user: what failed, the provider's status, message and request id. */
function describeError(error) {
    if (error instanceof ProviderError) {
        const { status, requestId, action } = error.details;
        const where = action ? ` (${action})` : '';
        const parts = [`${providerLabel(error.provider)}${where}: ${error.message}`];
        if (status !== undefined)
            parts.push(`status ${status}`);
        if (requestId)
            parts.push(`request id ${requestId}`);
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(parts.join('; '));
    }
    if (error instanceof Error)
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error.message);
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(String(error));
}
const PROVIDER_LABELS = {
    gcore: 'Gcore',
    medianova: 'Medianova',
    cdnetworks: 'CDNetworks',
    github: 'GitHub',
};
/** The provider's name as users write it: Gcore, Medianova, CDNetworks. */
function providerLabel(provider) {
    return Object.hasOwn(PROVIDER_LABELS, provider) ? PROVIDER_LABELS[provider] : provider;
}


/***/ }),

/***/ 9957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   mu: () => (/* binding */ withHint),
/* harmony export */   t6: () => (/* binding */ hintSentence)
/* harmony export */ });
/* unused harmony exports HINTS, githubAccessHint, hintFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * What to check, for each kind of failure: every failure line ends with the
 * one hint that applies, and it is decided here and nowhere else. Messages
 * that already end with their own advice (a bad input and what it allows,
 * Medianova's Wildcard Purge Suffix, a quota, a rotation's state) get none.
 * README "Troubleshooting" lists the same hints; a test keeps the two in step.
 */

const HINTS = {
    gcoreToken: 'api-token must be <id>$<secret> exactly as shown once at creation, and not expired or deleted: check-token (with other credentials) lists expiry dates',
    gcoreLogin: "username and password must be a Gcore user's login, not an API token",
    gcoreRole: "this token's role may not do that: a Purge and Prefetch only (API) token cannot manage tokens, and no token creates one with a higher role than its own",
    medianovaKeys: 'api-key and api-secret must be the key pair of the Medianova organization (valid 30 days); an api-token from a login step lasts a few hours: log in in the same job',
    medianovaOrganization: 'the key pair belongs to another Medianova organization than the resource or Stook credential',
    cdnetworksAuth: "with AK/SK, the runner's clock must be within 5 minutes and the Access Key and Secret Key one pair; with API-Key, the account username with its API key",
    githubToken: 'github-token has expired or was revoked; a GitHub App token lasts one hour: mint it in the same job',
    githubAccess: 'github-token may not do this: check its permissions, and that the GitHub App is installed on the repository',
    throttled: "parallel runs share the account's rate limit: add a `concurrency:` group per CDN account to every workflow that uses it",
    githubThrottled: "GitHub's rate limit for github-token was reached: parallel runs share it; add a `concurrency:` group, or run again later",
    network: "no answer came: check https_proxy and no_proxy, or raise 'timeout'",
    serverError: 'the provider failed: retry later, and quote the request id to its support',
    redirect: "use the final https URL in 'api-url'",
    githubRedirect: 'set GITHUB_API_URL to the final https URL of the API',
    answer: "the answer does not match what the provider's API documents: retry later; if it persists, open an issue with the debug log",
    notFound: 'check that what the request names (resource, domain, token or certificate id) exists in this account',
    refused: 'the provider refused the request as sent: its message names what to change',
    refusedToken: 'create a new API token (in the Gcore panel, or with create-token and other credentials) and store it where api-token is read from',
    verification: "check the new one in the provider's panel: it exists, but did not yet show the values cdnkit expected",
    localFile: 'check the path, its permissions and the free space',
    internal: 'this is a bug in cdnkit: re-run with debug logging (ACTIONS_STEP_DEBUG, or --verbose) and open an issue with the log',
};
/** What github-token must be allowed to do where the secret lives. */
function githubAccessHint(scope) {
    switch (scope.kind) {
        case 'repository':
            return `github-token needs the repository permission "Secrets: read and write" on ${scope.repository} (the default GITHUB_TOKEN cannot write secrets), and the GitHub App must be installed on the repository`;
        case 'environment':
            return `github-token needs the repository permission "Environments: read and write" on ${scope.repository}, the environment '${scope.environment}' must exist, and the GitHub App must be installed on the repository`;
        case 'organization':
            return `github-token needs the organization permission "Secrets: read and write" on ${scope.org} (an organization admin's token), and the GitHub App must be installed on the organization`;
    }
}
/** The hint for `error`, or undefined when its message already ends with its own. */
function hintFor(error) {
    if (carriesOwnHint(error))
        return undefined;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ)
        return providerHint(error);
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusedTokenError */ .UE)
        return HINTS.refusedToken;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk)
        return HINTS.verification;
    // by name: importing http/shape.ts would put it in the start-up bundle for this one check
    if (error instanceof Error && error.name === 'ShapeError')
        return HINTS.answer;
    if (isSystemError(error))
        return HINTS.localFile;
    return HINTS.internal;
}
/** The one line a user sees for a failure: what failed, then its hint. */
function describeFailure(error) {
    return withHint((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error), error);
}
/** The hint for `error` as a sentence that more text follows, or undefined. */
function hintSentence(error) {
    const hint = hintFor(error);
    return hint ? `${hint}.` : undefined;
}
/** `line`, ended with the hint for `error` (the error the line reports). */
function withHint(line, error) {
    const hint = hintFor(error);
    return hint ? `${line.replace(/\.$/, '')}. ${hint}` : line;
}
function carriesOwnHint(error) {
    return (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ||
        error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb ||
        error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .QuotaError */ .ZP ||
        error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg ||
        error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ ||
        (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ && error.details.hinted === true));
}
/** HTTP failures: how the exchange failed first, then the status, then the provider. */
function providerHint(error) {
    const { status, transport, throttled } = error.details;
    const github = error.provider === 'github';
    if (transport === 'network' || transport === 'timeout')
        return HINTS.network;
    if (transport === 'too-large')
        return HINTS.answer;
    if (throttled)
        return github ? HINTS.githubThrottled : HINTS.throttled;
    if (status === undefined || (status >= 200 && status <= 299))
        return HINTS.answer;
    if (status >= 300 && status <= 399)
        return github ? HINTS.githubRedirect : HINTS.redirect;
    if (status >= 500)
        return HINTS.serverError;
    return refusalHint(error, status) ?? (status === 404 ? HINTS.notFound : HINTS.refused);
}
/** 401 and 403, as each provider means them. */
function refusalHint(error, status) {
    switch (error.provider) {
        case 'gcore':
            if (status === 401) {
                return error.details.action?.endsWith('/iam/auth/jwt/login')
                    ? HINTS.gcoreLogin
                    : HINTS.gcoreToken;
            }
            return status === 403 ? HINTS.gcoreRole : undefined;
        case 'medianova':
            if (status === 401)
                return HINTS.medianovaKeys;
            return status === 403 ? HINTS.medianovaOrganization : undefined;
        case 'cdnetworks':
            return status === 401 || status === 403 ? HINTS.cdnetworksAuth : undefined;
        case 'github': {
            if (status === 401)
                return HINTS.githubToken;
            if (status !== 403 && status !== 404)
                return undefined;
            const { secretScope } = error.details;
            return secretScope ? githubAccessHint(secretScope) : HINTS.githubAccess;
        }
        default:
            return undefined;
    }
}
/** A file or system call failed (EACCES, ENOSPC…): the error or its cause has Node's code. */
function isSystemError(error) {
    const codeOf = (value) => value?.code;
    return [error, error?.cause].some((each) => typeof codeOf(each) === 'string' && /^E[A-Z0-9]+$/.test(codeOf(each)));
}


/***/ }),

/***/ 5851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ asciiHostname),
  V: () => (/* binding */ asciiWildcardHostname)
});

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = require("node:url");
;// CONCATENATED MODULE: ./src/hostnames.ts

/**
 * A hostname as DNS and URLs carry it: lower case, an IDN in its ASCII
 * (punycode) form, `bücher.example` -> `xn--bcher-kva.example`, the form `new
 * URL()` gives every URL's host. Both sides of every hostname comparison go
 * through here, whether a user or a provider wrote the name in Unicode. A name
 * that is not a valid domain comes back lower-cased, as it was.
 */
function asciiHostname(name) {
    const lower = name.trim().toLowerCase();
    // ASCII names stay as they are: domainToASCII would also read '1.2' as the IPv4 address 1.0.0.2
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, not control characters
    return /[^\u0000-\u007f]/.test(lower) ? (0,external_node_url_namespaceObject.domainToASCII)(lower) || lower : lower;
}
/** A hostname that may start with a wildcard (`*.` or CDNetworks' `.`): the rest in ASCII form. */
function asciiWildcardHostname(name) {
    const trimmed = name.trim();
    const wildcard = /^(\*\.|\.)/.exec(trimmed)?.[0] ?? '';
    return `${wildcard}${asciiHostname(trimmed.slice(wildcard.length))}`;
}


/***/ }),

/***/ 2130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ Pacer)
/* harmony export */ });
/* unused harmony exports pacedDurationMs, pacedSchedule */
/**
 * Client-side pacing. Each limit is a sliding window (the strictest reading of
 * "N requests per interval"): a request waits until it is the N-th or fewer in
 * the trailing window of every limit it is subject to. Unlike a token bucket
 * with continuous refill, this never bursts past a provider that counts
 * requests per trailing window, so pacing never causes a 429.
 */
class Pacer {
    timing;
    sent = new Map();
    constructor(timing) {
        this.timing = timing;
    }
    /**
     * Waits until one more request under all `limits` is allowed and counts it.
     * Call the returned `settle` when the answer arrives: the provider counted the
     * request somewhere between our send and its answer, so we count it at the
     * latest point, and latency never eats into the window.
     */
    async acquire(limits, onWait) {
        for (;;) {
            const now = this.timing.now();
            const wait = this.earliestStart(limits, now) - now;
            if (wait <= 0)
                break;
            onWait?.(wait);
            await this.timing.sleep(wait);
        }
        const entries = this.record(limits, this.timing.now());
        return () => {
            const now = this.timing.now();
            for (const entry of entries)
                entry.at = Math.max(entry.at, now);
        };
    }
    /** The earliest time, at or after `now`, that a request under `limits` may start. */
    earliestStart(limits, now) {
        let start = now;
        for (const limit of limits) {
            const window = limit.windowMs * this.timing.scale;
            const history = this.history(limit.key);
            while (history.length > 0 && history[0].at <= now - window)
                history.shift();
            if (history.length >= limit.requests) {
                const times = history.map((entry) => entry.at).sort((a, b) => a - b);
                start = Math.max(start, times[times.length - limit.requests] + window);
            }
        }
        return start;
    }
    record(limits, at) {
        return limits.map((limit) => {
            const entry = { at };
            this.history(limit.key).push(entry);
            return entry;
        });
    }
    history(key) {
        let list = this.sent.get(key);
        if (!list) {
            list = [];
            this.sent.set(key, list);
        }
        return list;
    }
}
/** Unscaled milliseconds from the first to the last of `requests` when sent in order, paced. */
function pacedDurationMs(requests) {
    return pacedSchedule(requests).at(-1) ?? 0;
}
/** When each of `requests` may start, in unscaled ms after the first, when sent in order. */
function pacedSchedule(requests) {
    const pacer = new Pacer({ now: () => 0, sleep: async () => { }, random: () => 0, scale: 1 });
    let at = 0;
    return requests.map((request) => {
        at = pacer.earliestStart(request.limits, at);
        pacer.record(request.limits, at);
        return at;
    });
}


/***/ }),

/***/ 9164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ incompleteReason),
/* harmony export */   n: () => (/* binding */ readPages)
/* harmony export */ });
/**
 * Reading a paginated list from a provider that may lie: every list is read
 * through `readPages`, which stops at the end the answers describe, and also
 * at a page that brings nothing new (a provider ignoring the page parameter
 * repeats itself), at a page count or total that never ends (`maxPages`,
 * `maxItems`), or when the caller has what it needs. It says whether the list
 * was read to its end, so a caller that must not act on part of a list can refuse.
 */
/**
 * Reads pages 1, 2, … through `fetchPage` until one of the ends above. Items
 * are kept once by `keyOf`: paging by offset while items are added may show
 * one twice.
 */
async function readPages(fetchPage, keyOf, bounds, enough) {
    const items = [];
    const seen = new Set();
    let claimedTotal;
    const result = (end, pages) => ({
        items,
        end,
        pages,
        claimedTotal,
        complete: end === 'end' ||
            end === 'enough' ||
            (end === 'repeated' && (claimedTotal === undefined || items.length >= claimedTotal)),
    });
    for (let pageNumber = 1; pageNumber <= bounds.maxPages; pageNumber++) {
        const page = await fetchPage(pageNumber);
        if (page.total !== undefined)
            claimedTotal = Math.max(claimedTotal ?? 0, page.total);
        if (page.items.length === 0)
            return result('end', pageNumber);
        let added = 0;
        for (const item of page.items) {
            const key = keyOf(item);
            if (seen.has(key))
                continue;
            if (items.length >= bounds.maxItems)
                return result('bound', pageNumber);
            seen.add(key);
            items.push(item);
            added++;
        }
        if (added === 0)
            return result('repeated', pageNumber);
        if (enough?.(items))
            return result('enough', pageNumber);
        const last = (page.total !== undefined && items.length >= page.total) ||
            (page.lastPage !== undefined && pageNumber >= page.lastPage) ||
            (bounds.pageSize !== undefined && page.items.length !== bounds.pageSize);
        if (last)
            return result('end', pageNumber);
        if (items.length >= bounds.maxItems)
            return result('bound', pageNumber);
    }
    return result('bound', bounds.maxPages);
}
/**
 * Why `list` is not complete, for an error: "40 read in 3 pages, a page
 * repeated an earlier one, 90 claimed".
 */
function incompleteReason(list) {
    const why = list.end === 'repeated' ? 'a page repeated an earlier one' : 'the list did not end';
    const claimed = list.claimedTotal === undefined ? '' : `, ${list.claimedTotal} claimed`;
    return `${list.items.length} read in ${list.pages} pages, ${why}${claimed}`;
}


/***/ }),

/***/ 9096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ pathSegment)
/* harmony export */ });
/**
 * `value` as one segment of a URL path: `/`, `?`, `#`, `%` and every other
 * reserved character percent-encoded. `.` and `..` cannot be encoded away (a
 * URL reads `%2e%2e` as `..` too): inputs and answers refuse them as ids, and
 * this refuses them again rather than send a request one level up.
 */
function pathSegment(value) {
    if (value === '' || value === '.' || value === '..') {
        throw new RangeError(`'${value}' cannot be a path segment`);
    }
    return encodeURIComponent(value);
}


/***/ }),

/***/ 1513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   Ik: () => (/* binding */ object),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   Lo: () => (/* binding */ messageText),
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   Tj: () => (/* binding */ map),
/* harmony export */   Vm: () => (/* binding */ word),
/* harmony export */   W_: () => (/* binding */ lenient),
/* harmony export */   YO: () => (/* binding */ array),
/* harmony export */   Yj: () => (/* binding */ string),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   gP: () => (/* binding */ either),
/* harmony export */   id: () => (/* binding */ id),
/* harmony export */   lA: () => (/* binding */ fits),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   me: () => (/* binding */ nullable),
/* harmony export */   sH: () => (/* binding */ numeric),
/* harmony export */   ym: () => (/* binding */ ShapeError),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports MAX_ID_LENGTH, orElse */
/**
 * The shape of an answer, checked where it enters: each provider declares what
 * it reads from an answer with these few readers, and `HttpRequest.shape`
 * applies them to the parsed body. A wrong type, a `null` item or an empty 200
 * becomes a ProviderError naming the field (`results[2].name`), never a
 * TypeError further in. Objects are read by their own properties only, into
 * fresh objects that hold just the declared fields, so `__proto__` or
 * `constructor` keys in an answer are inert.
 */
class ShapeError extends Error {
    path;
    expected;
    found;
    name = 'ShapeError';
    constructor(path, expected, found) {
        super(path === ''
            ? `the answer is ${found}; expected ${expected}`
            : `the answer's field '${path}' is ${found}; expected ${expected}`);
        this.path = path;
        this.expected = expected;
        this.found = found;
    }
}
/** Longest id accepted from an answer: ids end up in paths, outputs and summaries. */
const MAX_ID_LENGTH = 256;
/** What `value` is, for an error message: never the value itself, which may be secret. */
function describeType(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return value === '' ? 'an empty string' : 'a string';
    if (typeof value === 'number')
        return Number.isFinite(value) ? 'a number' : 'not a number';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}
function check(test, expected) {
    return (value, path) => {
        if (!test(value))
            throw new ShapeError(path, expected, describeType(value));
        return value;
    };
}
const string = check((value) => typeof value === 'string', 'a string');
const number = check((value) => typeof value === 'number' && Number.isFinite(value), 'a number');
const boolean = check((value) => typeof value === 'boolean', 'true or false');
/** Anything at all: for fields read by code that checks them itself. */
const unknown = (value) => value;
/** A number, or a string of digits (some answers quote their numbers). */
const numeric = (value, path) => {
    if (typeof value === 'string' && /^\d{1,15}$/.test(value))
        return Number(value);
    return number(value, path);
};
/**
 * An identifier: a string or an integer, as a string of 1 to 256 characters
 * without control characters or white space, and not `.` or `..` (ids go into
 * request paths).
 */
const id = (value, path) => {
    const text = Number.isSafeInteger(value) ? String(value) : value;
    if (text === '.' || text === '..')
        throw new ShapeError(path, 'an id', `'${text}'`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters in ids
    if (typeof text === 'string' && /^[^\s\u0000-\u001f\u007f]+$/.test(text)) {
        if (text.length <= MAX_ID_LENGTH)
            return text;
        throw new ShapeError(path, `an id of at most ${MAX_ID_LENGTH} characters`, 'longer');
    }
    throw new ShapeError(path, 'an id (a string or a whole number)', describeType(value));
};
/** One of the given words. */
function word(words) {
    return check((value) => typeof value === 'string' && words.includes(value), `one of ${words.join(', ')}`);
}
/** Absent or null reads as undefined. */
function optional(shape) {
    return (value, path) => (value === undefined || value === null ? undefined : shape(value, path));
}
/** Null stays null; absent reads as undefined. */
function nullable(shape) {
    return (value, path) => {
        if (value === null)
            return null;
        return value === undefined ? undefined : shape(value, path);
    };
}
/** A list whose every item has `item`'s shape (a `null` item is an error, named by index). */
function array(item) {
    return (value, path) => {
        if (!Array.isArray(value))
            throw new ShapeError(path, 'a list', describeType(value));
        return value.map((entry, index) => item(entry, `${path}[${index}]`));
    };
}
/** An object: each declared field read from the answer's own properties; others are dropped. */
function object(fields) {
    return (value, path) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new ShapeError(path, 'an object', describeType(value));
        }
        const read = {};
        for (const [name, shape] of Object.entries(fields)) {
            const field = Object.hasOwn(value, name)
                ? value[name]
                : undefined;
            const parsed = shape(field, path === '' ? name : `${path}.${name}`);
            if (parsed !== undefined)
                read[name] = parsed;
        }
        return read;
    };
}
/**
 * `first`, else `second`. When neither reads `value`, the error is the one
 * that got deeper into it (the field that is wrong), or both expectations.
 */
function either(first, second) {
    return (value, path) => {
        let firstError;
        try {
            return first(value, path);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            firstError = error;
        }
        try {
            return second(value, path);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            if (firstError.path.length !== error.path.length) {
                throw firstError.path.length > error.path.length ? firstError : error;
            }
            throw new ShapeError(error.path, `${firstError.expected} or ${error.expected}`, describeType(value));
        }
    };
}
/** `shape`, then `convert` on what it read. */
function map(shape, convert) {
    return (value, path) => convert(shape(value, path));
}
/** Reads a whole answer body; the error names the field from the answer's top. */
function readShape(shape, body) {
    return shape(body, '');
}
/** `map[key]` when `key` is one of its own keys: a word from an answer never reaches the prototype. */
function lookup(map, key) {
    return typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;
}
/**
 * `shape`, or `fallback` when the field does not fit: only for fields that
 * must not fail an answer whose main part already counts (the name shown
 * next to a token that was just created and whose secret is in hand).
 */
function orElse(shape, fallback) {
    return (value, path) => {
        try {
            return shape(value, path);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            return fallback;
        }
    };
}
/** Each of `fields` through `orElse(…, undefined)`. */
function lenient(fields) {
    const read = {};
    for (const [name, shape] of Object.entries(fields))
        read[name] = orElse(shape, undefined);
    return read;
}
/** Whether `value` has `shape`: for entries a reader skips rather than fails on. */
function fits(shape, value) {
    try {
        shape(value, '');
        return true;
    }
    catch (error) {
        if (error instanceof ShapeError)
            return false;
        throw error;
    }
}
/**
 * Words an error answer gives for a field, e.g. `["Enter a valid URL."]`: a
 * string, or the strings of a list (flat: a nested list is not read), or
 * undefined. For error messages, which are read leniently.
 */
function messageText(value) {
    if (typeof value === 'string')
        return value;
    if (!Array.isArray(value))
        return undefined;
    const words = value.filter((item) => typeof item === 'string');
    return words.length > 0 ? words.join(' ') : undefined;
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createProvider)
/* harmony export */ });
/** Each provider's client is a chunk of its own: a run loads only its provider's code. */
const FACTORIES = {
    gcore: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(349), __nccwpck_require__.e(542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4542))).createGcoreProvider,
    cdnetworks: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(349), __nccwpck_require__.e(554)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4554))).createCdnetworksProvider,
    medianova: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(349), __nccwpck_require__.e(250)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4250))).createMedianovaProvider,
};
/** The provider client for this run. */
async function createProvider(ctx) {
    return (await FACTORIES[ctx.config.provider]())(ctx);
}


/***/ }),

/***/ 3564:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ secretStoreFor),
/* harmony export */   f: () => (/* binding */ createRunContext)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _http_pacing_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2130);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8117);



/** The run context of the action and the CLI alike. */
function createRunContext(config, logger, secrets, 
/** the process environment, read for CDNKIT_PACING_SCALE */
env, extra = {}) {
    const timing = extra.timing ?? (0,_timing_js__WEBPACK_IMPORTED_MODULE_1__/* .systemTiming */ .O$)((0,_timing_js__WEBPACK_IMPORTED_MODULE_1__/* .pacingScaleFromEnv */ .G4)(env));
    return {
        config,
        logger,
        secrets,
        timing,
        pacer: new _http_pacing_js__WEBPACK_IMPORTED_MODULE_2__/* .Pacer */ ._E(timing),
        secretStore: extra.secretStore,
    };
}
/**
 * The store the new secret goes to when `secret-name` is set, else undefined.
 * Refused before any request when the run has none: a rotation must never
 * finish with a secret that is shown once kept nowhere.
 */
function secretStoreFor(ctx) {
    if (ctx.config.githubSecret === undefined)
        return undefined;
    if (!ctx.secretStore) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('secret-name', 'is set, but this run has no GitHub secret store to write the new secret to; remove secret-name and keep the masked output yourself');
    }
    return ctx.secretStore;
}


/***/ }),

/***/ 9936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   vA: () => (/* binding */ batch)
/* harmony export */ });
/**
 * Splits a list input: entries separated by newlines (and commas, unless
 * `commas` is false, as for files with one URL a line); blank entries and `#`
 * comment lines dropped; order kept, duplicates removed.
 */
function parseList(text, { commas = true } = {}) {
    const seen = new Set();
    for (const line of text.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        for (const part of commas ? line.split(',') : [line]) {
            const entry = part.trim();
            if (entry !== '')
                seen.add(entry);
        }
    }
    return [...seen];
}
/** Unique entries, first occurrence kept. */
function unique(items) {
    return [...new Set(items)];
}
/** Splits `items` into consecutive batches of at most `size`, order kept. */
function batch(items, size) {
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`batch size must be a positive integer, got ${size}`);
    const batches = [];
    for (let i = 0; i < items.length; i += size)
        batches.push(items.slice(i, i + size));
    return batches;
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ parseUrlMap),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * The `url-map` input: one rule a line, `<glob> => <template>[, <template>…]`,
 * or `!<glob>` alone to exclude files. Read here without compiling the globs
 * (that is url-mapper.ts, loaded with the operation), so a malformed rule
 * fails with the other inputs.
 */

const PLACEHOLDERS = ['{path}', '{dir}', '{name}'];
/** A comma that starts a new template (an http(s) URL or an absolute path), or ends the line. */
const TEMPLATE_SEPARATOR = /,\s*(?=https?:\/\/|\/|$)/i;
/** Parses the `url-map` input: blank lines and `#` comments ignored. */
function parseUrlMap(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const arrow = line.indexOf('=>');
        if (arrow < 0) {
            if (line.startsWith('!') && line.length > 1) {
                rules.push({ line: index + 1, glob: clean(line), templates: [] });
                return;
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url-map', `rule '${line}' must look like '<glob> => <url template>' (or '!<glob>' to exclude files)`);
        }
        const glob = clean(line.slice(0, arrow));
        const templates = line
            .slice(arrow + 2)
            .split(TEMPLATE_SEPARATOR)
            .map((template) => template.trim());
        if (glob === '' || templates.some((template) => template === '')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url-map', `rule '${line}' needs both a glob and a URL template`);
        }
        for (const template of templates)
            checkTemplate(template);
        rules.push({ line: index + 1, glob, templates });
    });
    return rules;
}
/** `./public/**` is `public/**`, as picomatch reads it. */
function clean(glob) {
    const trimmed = glob.trim();
    const bang = /^!*/.exec(trimmed)[0];
    return bang + trimmed.slice(bang.length).replace(/^(\.\/)+/, '');
}
function checkTemplate(template) {
    const origin = /^https?:\/\/[^/]*/i.exec(template)?.[0];
    if (origin === undefined && !template.startsWith('/')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url-map', `template '${template}' must be a full http(s) URL or start with '/'`);
    }
    // a file name must never choose the host
    if (origin?.includes('{')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url-map', `template '${template}' has a placeholder in its host; placeholders belong in the path`);
    }
    for (const placeholder of template.match(/\{[^}]*\}/g) ?? []) {
        if (!PLACEHOLDERS.includes(placeholder)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url-map', `template '${template}' uses ${placeholder}; allowed: ${PLACEHOLDERS.join(', ')}`);
        }
    }
}
/**
 * Fills a template for a file path relative to the glob's base: `{path}` is
 * that path, `{dir}` its directory ('' at the top, and then a `/` right after
 * `{dir}` is dropped, so `https://x/{dir}/` gives `https://x/`), `{name}` the
 * file name. Every segment is percent-encoded, so no file name can add a
 * query, a fragment or a dot segment.
 */
function fillTemplate(template, relative) {
    const segments = relative.split('/').map(encodeSegment);
    const name = segments.at(-1) ?? '';
    const dir = segments.slice(0, -1).join('/');
    return template
        .replaceAll('{dir}/', dir === '' ? '' : `${dir}/`)
        .replaceAll('{dir}', dir)
        .replaceAll('{path}', segments.join('/'))
        .replaceAll('{name}', name);
}
function encodeSegment(segment) {
    // '.' and '..' would be resolved away by URL normalisation
    if (segment === '.' || segment === '..')
        return segment.replaceAll('.', '%2E');
    return encodeURIComponent(segment);
}


/***/ }),

/***/ 6591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ splitTarget),
/* harmony export */   TX: () => (/* binding */ normaliseWithUrlParser),
/* harmony export */   YR: () => (/* binding */ normaliseTarget),
/* harmony export */   k2: () => (/* binding */ targetParts),
/* harmony export */   m2: () => (/* binding */ MAX_URL_LENGTH),
/* harmony export */   tZ: () => (/* binding */ isNormalised)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8992);


/** Longest URL or path we accept (CDNetworks' limit, the strictest of the three). */
const MAX_URL_LENGTH = 2000;
/**
 * Normalises one purge target: a full http(s) URL (host lower-cased, default port
 * and fragment dropped) or an absolute path (dot segments resolved, unsafe
 * characters percent-encoded). Anything else is an InputError naming `input`.
 * A target already in that form (isNormalised) is returned as it is, unparsed.
 */
function normaliseTarget(entry, input, 
/** how errors name the entry instead of quoting it (a line of a file) */
label) {
    return isNormalised(entry) ? entry : normaliseWithUrlParser(entry, input, label);
}
/** normaliseTarget by the WHATWG URL parser, whatever the entry. */
function normaliseWithUrlParser(entry, input, label) {
    const quoted = label ?? `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(entry)}'`;
    if (_text_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTROL_CHARACTERS */ .nI.test(entry) || /\s/.test(entry)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${quoted} contains white space or control characters`);
    }
    let normalised;
    if (entry.startsWith('/') && !entry.startsWith('//')) {
        const url = new URL(entry, 'http://path.invalid');
        normalised = url.pathname + url.search;
        if (normalised.startsWith('//')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${quoted} resolves to ${label ? 'a path' : `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(normalised)}'`}, which reads as a host, not a path`);
        }
    }
    else if (/^https?:\/\//i.test(entry)) {
        let url;
        try {
            url = new URL(entry);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${quoted} is not a valid URL`);
        }
        if (url.username || url.password) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${label ?? `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(url.host)}…'`} must not contain user credentials`);
        }
        url.hash = '';
        normalised = url.href;
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${quoted} is neither a full http(s) URL nor an absolute path starting with '/'`);
    }
    if (normalised.length > MAX_URL_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${quoted} is ${normalised.length} characters long; at most ${MAX_URL_LENGTH} are allowed`);
    }
    return normalised;
}
/** A label of lower-case ASCII, but not `xn--` (punycode, which the parser checks). */
const LABEL = '(?!xn--)[a-z0-9-]+';
/** Labels, the last starting with a letter: a host ending in a number reads as an IPv4 address. */
const HOST = String.raw `(?:${LABEL}\.)*(?!xn--)[a-z][a-z0-9-]*`;
/**
 * A path segment of characters the URL parser keeps as they are (not ' | ^ ` { }
 * [ ] \ " < > # or white space): not `.` or `..`, and no `%2e`, a dot in disguise.
 */
const SEGMENT = String.raw `\/(?!\.\.?(?:[/?]|$))(?:[\w\-.~!$&()*+,;=:@]|%(?!2[eE]))*`;
/** A query of characters the parser keeps, `?` among them; an empty one is left to the parser. */
const QUERY = String.raw `(?:\?[\w\-.~!$&()*+,;=:@/?%]*)?(?<!\?)`;
const NORMALISED = new RegExp(`^(?:https?:\\/\\/${HOST}|(?!\\/\\/))(?:${SEGMENT})+${QUERY}$`);
/**
 * Whether `entry` is a target normaliseTarget would return unchanged, decided
 * without parsing it: `http(s)://` and a host of lower-case ASCII labels (no IP
 * address, no port, no credentials), then a path and query of characters the
 * URL parser keeps, with no dot segment, no fragment and no empty query; or
 * such a path alone. Anything else is left to the parser: this only has to be
 * right when it says yes (a property test holds it to the parser).
 */
function isNormalised(entry) {
    return entry.length <= MAX_URL_LENGTH && NORMALISED.test(entry);
}
/** Splits a URL into host (undefined for a bare path) and path + query, by the URL parser. */
function splitTarget(target) {
    if (target.startsWith('/'))
        return { host: undefined, path: target };
    const url = new URL(target);
    return { host: url.hostname, path: url.pathname + url.search };
}
/**
 * splitTarget for a target normaliseTarget gave, read without parsing it
 * again: `scheme://host[:port]/path[?query]` (no credentials, no fragment),
 * or a bare path.
 */
function targetParts(target) {
    if (target.startsWith('/'))
        return { host: undefined, path: target };
    const hostStart = target.indexOf('//') + 2;
    const pathStart = target.indexOf('/', hostStart);
    const authority = target.slice(hostStart, pathStart);
    // a port follows the last colon, unless that colon is inside an IPv6 address's brackets
    const colon = authority.lastIndexOf(':');
    const host = colon > authority.lastIndexOf(']') ? authority.slice(0, colon) : authority;
    const rest = target.slice(pathStart);
    // an empty query is no search (URL.search is '')
    const path = rest.indexOf('?') === rest.length - 1 ? rest.slice(0, -1) : rest;
    return { host, path };
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   nI: () => (/* binding */ CONTROL_CHARACTERS),
/* harmony export */   sK: () => (/* binding */ capitalise)
/* harmony export */ });
/** Text from outside (inputs, provider answers) made safe and short for one-line messages. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them for display
const EVERY_CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/g;
/** Longest piece of a user's value quoted in an error message. */
const PREVIEW_LENGTH = 80;
/** `text` on one line: each line break, with the white space around it, becomes one space. */
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** A value quoted in an error: control characters shown as `?`, cut at 80 characters. */
function preview(text) {
    const visible = text.replace(EVERY_CONTROL_CHARACTER, '?');
    return visible.length > PREVIEW_LENGTH ? `${visible.slice(0, PREVIEW_LENGTH)}…` : visible;
}
/** `purge` -> `Purge`. */
function capitalise(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}


/***/ }),

/***/ 8117:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ pacingScaleFromEnv),
/* harmony export */   O$: () => (/* binding */ systemTiming)
/* harmony export */ });
/* unused harmony exports FINE_CLOCK_BELOW_SCALE, virtualTiming */
/**
 * Below this scale a shrunk rate window nears a millisecond, Date.now()'s
 * resolution, and the clock reads finer. Only then: a finer clock drifts from
 * Date.now() (the emulator's, another process's) by up to a millisecond or so.
 */
const FINE_CLOCK_BELOW_SCALE = 1e-4;
function systemTiming(scale = 1) {
    return {
        now: scale < FINE_CLOCK_BELOW_SCALE
            ? () => performance.timeOrigin + performance.now()
            : () => Date.now(),
        sleep: (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
        random: Math.random,
        scale,
    };
}
/** Reads the testing aid CDNKIT_PACING_SCALE (a number in (0, 1]); anything else means 1. */
function pacingScaleFromEnv(env) {
    const scale = Number(env.CDNKIT_PACING_SCALE);
    return Number.isFinite(scale) && scale > 0 && scale <= 1 ? scale : 1;
}
/** A clock that only moves when someone sleeps: for unit tests. */
function virtualTiming(start = 0, random = () => 0.5) {
    let now = start;
    const slept = [];
    return {
        now: () => now,
        sleep: async (ms) => {
            slept.push(ms);
            now += Math.max(0, ms);
        },
        random,
        scale: 1,
        slept,
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** cdnkit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(486);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;
//# sourceMappingURL=index.js.map