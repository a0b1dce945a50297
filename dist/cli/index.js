#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 8920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

"use strict";
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

"use strict";
__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(960);
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

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

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
;// CONCATENATED MODULE: ./src/timing.ts
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
        const { createGithubClient, githubAction, githubRequest } = await Promise.all(/* import() */[__nccwpck_require__.e(339), __nccwpck_require__.e(396)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2396));
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
        scale: pacingScaleFromEnv(env),
        timeoutMs: config.timeoutSeconds * 1000,
        maxRetries: config.maxRetries,
    });
}

// EXTERNAL MODULE: ./src/providers/create-provider.ts + 20 modules
var create_provider = __nccwpck_require__(5076);
;// CONCATENATED MODULE: ./src/providers/provider.ts


/**
 * A capability the operation needs. The catalog lets an operation reach only
 * providers that have it, so a miss is the catalog and the provider disagreeing.
 */
function capabilityOf(provider, capability, operation) {
    const found = provider[capability];
    if (found === undefined) {
        throw new errors/* UnsupportedOperationError */.vR(provider.name, operation, catalog/* SUPPORTED_OPERATIONS */.YR[provider.name]);
    }
    return found;
}

// EXTERNAL MODULE: ./src/operations/plan.ts
var operations_plan = __nccwpck_require__(8543);
// EXTERNAL MODULE: ./src/operations/token-dates.ts
var token_dates = __nccwpck_require__(9339);
// EXTERNAL MODULE: ./src/http/pacing.ts
var pacing = __nccwpck_require__(2130);
;// CONCATENATED MODULE: ./src/run-context.ts



/** The run context of the action and the CLI alike. */
function createRunContext(config, logger, secrets, 
/** the process environment, read for CDNKIT_PACING_SCALE */
env, extra = {}) {
    const timing = extra.timing ?? systemTiming(pacingScaleFromEnv(env));
    return {
        config,
        logger,
        secrets,
        timing,
        pacer: new pacing/* Pacer */._E(timing),
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
        throw new errors/* InputError */.dz('secret-name', 'is set, but this run has no GitHub secret store to write the new secret to; remove secret-name and keep the masked output yourself');
    }
    return ctx.secretStore;
}

// EXTERNAL MODULE: ./src/operations/rotation.ts
var rotation = __nccwpck_require__(4002);
;// CONCATENATED MODULE: ./src/operations/tokens.ts






/** Gcore allows a fixed number of tokens an account: refuse to create one past it. */
function tokenLimitStep(tokens, counted) {
    return {
        role: 'other',
        name: 'Checking the token limit',
        plan: `check the account holds fewer than ${tokens.maxTokens} tokens`,
        run: async () => {
            const count = (await tokens.list()).length;
            if (count >= tokens.maxTokens) {
                throw new errors/* QuotaError */.ZP(`The account already holds ${count} API tokens, the maximum of ${tokens.maxTokens}: delete unused ones (list-tokens, delete-token) first`);
            }
            counted?.(count);
        },
    };
}
/** Writes the new token to `secret-name`. */
function storeTokenStep(store, secretName, created) {
    return (0,rotation/* storeStep */.Kq)(store, `store it in ${store.describe(secretName)}`, () => [
        { name: secretName, value: created().secret, what: `token ${created().token.id}` },
    ]);
}
/** Where a new token went (one secret), or null. */
function tokenStoredIn(state) {
    return (0,rotation/* storedIn */.P3)(state)[0] ?? null;
}
/** The report of a new token; its secret was registered when it arrived. */
function newTokenOutputs(created, provider) {
    return {
        'api-token': created.secret,
        'token-id': created.token.id,
        'expires-at': created.token.expiresAt ?? '',
        'request-id': provider.http.lastRequestId ?? '',
    };
}
/** list-tokens: every token the credentials can see. */
async function listTokens(provider, ctx) {
    const tokens = capabilityOf(provider, 'tokens', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, ['list the API tokens of the account']);
    const list = await tokens.list();
    return {
        outputs: { 'request-id': provider.http.lastRequestId ?? '' },
        result: { tokens: list },
        rows: [['Tokens', `${list.length} (the account may hold ${tokens.maxTokens})`]],
        tables: [tokenTable(list)],
    };
}
/** create-token: `name`, `role` (name or id), `expires-in-days`; stored when `secret-name` is set. */
async function createToken(provider, ctx) {
    const { config, logger } = ctx;
    const tokens = capabilityOf(provider, 'tokens', config.operation);
    const role = tokens.resolveRole(config.token.role ?? '');
    const expiresAt = (0,token_dates/* expiryFrom */.KN)(config.token.expiresInDays, ctx.timing.now());
    const store = secretStoreFor(ctx);
    const name = config.credential.name ?? '';
    let created;
    const state = (0,rotation/* rotationState */.yS)();
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'token',
        provider: provider.name,
        state,
        steps: [
            tokenLimitStep(tokens),
            {
                role: 'create',
                plan: `create token '${name}' with role ${role.name}, expiring ${expiresAt ?? 'never'}`,
                newName: () => name,
                run: async () => {
                    created = await tokens.create({ name, role, expiresAt });
                    const { id } = created.token;
                    logger.info(`Created API token ${id} (${role.name}, expires ${expiresAt ?? 'never'}).`);
                    return { id, name: created.token.name };
                },
            },
            ...(store ? [storeTokenStep(store, config.githubSecret.name, () => created)] : []),
        ],
        report: () => ({
            outputs: newTokenOutputs(created, provider),
            result: { token: created.token, stored: tokenStoredIn(state) },
            rows: [
                ['Token id', created.token.id],
                ['Name', created.token.name],
                ['Role', role.name],
                ['Expires at', expiresAt ?? 'never'],
                [
                    'Stored in',
                    tokenStoredIn(state) ??
                        (store
                            ? 'not stored'
                            : "not stored (no 'secret-name'); see the masked api-token output"),
                ],
            ],
        }),
    });
}
/** delete-token: `token-id`. */
async function deleteToken(provider, ctx) {
    const id = ctx.config.token.id ?? '';
    const tokens = capabilityOf(provider, 'tokens', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`delete token ${id}`]);
    await tokens.delete(id);
    return {
        outputs: { 'token-id': id, 'request-id': provider.http.lastRequestId ?? '' },
        result: { deleted: id },
        rows: [['Deleted token', id]],
    };
}
/** A summary table of tokens; `state` adds a column (check-token). */
function tokenTable(list, state) {
    return {
        title: 'API tokens',
        header: ['Id', 'Name', 'Role', 'Expires at', 'Last used', 'Owner', ...(state ? ['State'] : [])],
        rows: list.map((token) => [
            token.id,
            token.name,
            token.role?.name ?? '',
            token.expiresAt ?? 'never',
            token.lastUsed ?? '',
            token.owner ?? '',
            ...(state ? [state(token)] : []),
        ]),
    };
}

;// CONCATENATED MODULE: ./src/operations/check-token.ts





/**
 * check-token: every visible token (or `token-id`), a warning for each expiring
 * within `warn-days`, an error within a day; the step fails when the token this
 * run signs in with has expired.
 */
async function checkToken(provider, ctx) {
    const { config, timing } = ctx;
    const tokens = capabilityOf(provider, 'tokens', config.operation);
    const warnDays = config.token.warnDays;
    if (config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [
            config.token.id ? `read token ${config.token.id}` : 'list the API tokens of the account',
            `warn about tokens expiring within ${warnDays} days; error within 1 day`,
        ]);
    }
    let checked;
    try {
        checked = config.token.id ? [await tokens.get(config.token.id)] : await tokens.list();
    }
    catch (error) {
        if (error instanceof errors/* ProviderError */.mZ && error.status === 401 && tokens.inUseTokenId) {
            throw new errors/* RefusedTokenError */.UE(tokens.inUseTokenId, error);
        }
        throw error;
    }
    const now = timing.now();
    const states = checked.map((token) => ({
        token,
        level: (0,token_dates/* expiryLevel */.wf)(token, now, warnDays),
        days: (0,token_dates/* daysLeft */.H_)(token.expiresAt, now),
    }));
    const label = (0,errors/* providerLabel */.sQ)(provider.name);
    const annotations = states.flatMap(({ token, level, days }) => expiryAnnotation(label, token, level, days));
    const earliest = states.reduce((min, { days }) => (days === undefined || (min !== undefined && min <= days) ? min : days), undefined);
    const inUse = states.find(({ token }) => token.id === tokens.inUseTokenId);
    const count = (level) => states.filter((state) => state.level === level).length;
    return {
        outputs: {
            'days-left': earliest === undefined ? '' : String(earliest),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: {
            warnDays,
            daysLeft: earliest ?? null,
            tokens: states.map(({ token, level, days }) => ({
                id: token.id,
                name: token.name,
                expiresAt: token.expiresAt,
                daysLeft: days ?? null,
                state: level,
            })),
        },
        rows: [
            ['Tokens checked', String(checked.length)],
            [
                'Days left (earliest expiry)',
                earliest === undefined ? 'no token expires' : String(earliest),
            ],
            [`Expiring within ${warnDays} days`, String(count('warning'))],
            ['Expiring within 1 day', String(count('error'))],
            ['Expired', String(count('expired'))],
        ],
        tables: [tokenTable(checked, (token) => states.find((s) => s.token === token)?.level ?? '')],
        annotations,
        failure: inUse?.level === 'expired'
            ? `The API token this run uses (token ${inUse.token.id}) has expired: rotate it or create a new one.`
            : undefined,
    };
}
function expiryAnnotation(provider, token, level, days) {
    const label = `${provider} API token ${token.id} '${token.name}'`;
    switch (level) {
        case 'expired':
            return [
                { level: 'error', message: `${label} expired at ${token.expiresAt ?? 'an unknown time'}.` },
            ];
        case 'error':
            return [{ level: 'error', message: `${label} expires within a day, at ${token.expiresAt}.` }];
        case 'warning':
            return [
                {
                    level: 'warning',
                    message: `${label} expires in ${days} day${days === 1 ? '' : 's'}, at ${token.expiresAt}.`,
                },
            ];
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/operations/login.ts


/** login: exchanges credentials for a session token (masked by the provider when obtained). */
async function login(provider, ctx) {
    const logIn = capabilityOf(provider, 'login', 'login');
    if (ctx.config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [
            `log in to ${provider.name}; output the session token (masked) and its expiry`,
        ]);
    }
    const { token, expiresAt } = await logIn.call(provider);
    return {
        outputs: {
            token,
            'expires-at': expiresAt ?? '',
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { token, expiresAt },
        rows: [
            ['Token', '*** (masked; see the token output)'],
            ['Expires at', expiresAt ?? 'unknown'],
        ],
    };
}

// EXTERNAL MODULE: ./src/hints.ts
var hints = __nccwpck_require__(9957);
// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __nccwpck_require__(1501);
;// CONCATENATED MODULE: ./src/operations/purge-decision.ts



/** Plans the purge of `resolved` (see the file comment); throws before anything is sent. */
async function decidePurge(provider, resource, resolved, ctx) {
    const { cdn } = provider;
    const { config } = ctx;
    const { targets } = resolved;
    const model = cdn.purgeModel(resource);
    const maxDurationMs = config.maxDurationSeconds * 1000;
    // a dry run sends nothing, not even the quota read: it plans with the default quota
    const left = config.dryRun ? undefined : await cdn.remainingQuota?.();
    const budget = left ?? model.dailyQuota;
    const given = cdn.planPurge(targets, resource);
    const exactCost = cost(given, usage(targets, given), maxDurationMs, budget);
    const base = {
        maxDurationMs,
        exact: exactCost,
        givenPrefixes: targets.prefixes.length,
        prefixes: [],
        covered: 0,
        extraObjects: 0,
        site: undefined,
        coveredBy: new Map(),
    };
    const decide = (requests, sent, rest = {}) => {
        const ordered = (0,time_model/* interleave */.CC)(requests);
        return {
            ...base,
            mode: 'exact',
            requests: ordered.map(({ request }) => request),
            schedule: ordered.map(({ atMs }) => atMs),
            predictedMs: ordered.at(-1)?.atMs ?? 0,
            changed: sent.urls.length,
            sent,
            ...(left ? { quota: { left, uses: usage(sent, requests) } } : {}),
            ...rest,
        };
    };
    if (exactCost.shortfall.length === 0)
        return decide(given, targets);
    const what = `purging ${describeTargets(targets)} exactly (${given.length} request${given.length === 1 ? '' : 's'})`;
    const { planCollapse, describeShortfall } = await __nccwpck_require__.e(/* import() */ 938).then(__nccwpck_require__.bind(__nccwpck_require__, 2938));
    // purge-all, or only the user's own prefixes: there are no URLs to collapse
    if (targets.purgeAll || targets.urls.length === 0)
        throw refusal(`${what} ${describeShortfall(exactCost.shortfall)}`, exactCost);
    // the provider's own objects: a path on Gcore and Medianova, so a resource's hostnames are one tree
    const originals = new Map();
    for (const url of targets.urls) {
        const key = cdn.purgeKey(url, resource) ?? url;
        const same = originals.get(key);
        if (same)
            same.push(url);
        else
            originals.set(key, [url]);
    }
    const first = (key) => originals.get(key)?.[0] ?? key;
    const input = {
        changed: [...originals.keys()],
        model,
        maxDurationSeconds: config.maxDurationSeconds,
        quota: budget,
        keptPrefixes: targets.prefixes.length,
    };
    const byPath = planCollapse({ ...input, collapse: 'never' });
    const deduplicated = {
        urls: input.changed.map(first),
        prefixes: targets.prefixes,
        purgeAll: false,
    };
    if (byPath.fits)
        return decide(cdn.planPurge(deduplicated, resource), deduplicated);
    if (config.collapse === 'never') {
        throw new errors/* InputError */.dz('collapse', `is never, and ${what} ${describeShortfall(exactCost.shortfall)}. Nothing was purged: ${['set collapse to auto to purge directories instead', ...remedies(exactCost)].join('; or ')}`);
    }
    const site = await siteOf(cdn, resource, resolved, input.changed, ctx);
    const plan = planCollapse({ ...input, collapse: 'auto', siteUrls: site.keys });
    if (!plan.fits) {
        throw refusal(`${what} ${describeShortfall(exactCost.shortfall)}, and no set of directory prefixes fits either`, exactCost);
    }
    const chosen = plan.prefixes.map((prefix) => ({
        prefix: prefix.prefix,
        covers: prefix.covers.map(first),
        extra: prefix.extra,
    }));
    const coveredBy = new Map();
    for (const prefix of plan.prefixes)
        for (const key of prefix.covers)
            for (const url of originals.get(key) ?? [key])
                coveredBy.set(url, prefix.prefix);
    const sent = {
        urls: plan.urls.map(first),
        // the user's prefixes first: a provider refusing them fails the purge, whatever the plan
        prefixes: [...new Set([...targets.prefixes, ...chosen.map((each) => each.prefix)])],
        purgeAll: false,
    };
    return decide(cdn.planPurge(sent, resource), sent, {
        mode: plan.mode,
        prefixes: chosen,
        changed: plan.changed,
        covered: plan.changed - plan.urls.length,
        extraObjects: plan.extraObjects,
        site: site.knowledge,
        coveredBy,
    });
}
/**
 * Every URL the site serves from the workspace tree, as the provider purges
 * them: read only when a plan must collapse, and only when url-map maps the
 * workspace (changed-files). A walk cut short, or one that finds none of the
 * changed files, leaves the extra objects unknown rather than undercounted.
 */
async function siteOf(cdn, resource, resolved, changed, ctx) {
    const unknown = (why) => ({ knowledge: { known: false, why } });
    const mapped = ctx.config.changedFiles;
    if (!mapped || !resolved.changes) {
        return unknown('the targets are URLs, not files of a workspace tree (changed-files + url-map)');
    }
    const [{ enumerateMappedFiles, DEFAULT_WALK_LIMITS }, { UrlMapper }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 436).then(__nccwpck_require__.bind(__nccwpck_require__, 4436)),
        Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(394)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7394)),
    ]);
    let tree;
    try {
        tree = await enumerateMappedFiles(mapped.workspace, new UrlMapper(mapped.urlMap, mapped));
    }
    catch (error) {
        return unknown(`the workspace could not be read with url-map: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (tree.truncated) {
        const { maxFiles, maxDepth } = DEFAULT_WALK_LIMITS;
        return unknown(`the walk of the workspace stopped at its limit (${maxFiles.toLocaleString('en-US')} files or directories, ${maxDepth} levels)`);
    }
    const keys = [];
    for (const { url } of tree.urls) {
        const key = cdn.purgeKey(url, resource);
        if (key !== undefined)
            keys.push(key);
    }
    const site = new Set(keys);
    if (!changed.some((key) => site.has(key))) {
        return unknown(`the workspace holds none of the changed files url-map maps (${tree.files} files looked at): the site is not there to count`);
    }
    ctx.logger.info(`collapse: counted the site from the workspace: ${tree.files} files, ${site.size} objects url-map maps`);
    return { keys, knowledge: { known: true, objects: site.size, files: tree.files } };
}
/** "everything", "the 500 URLs", "the 500 URLs and 3 prefixes", "12 prefixes" */
function describeTargets(targets) {
    if (targets.purgeAll)
        return 'everything';
    const prefixes = `${targets.prefixes.length} prefix${targets.prefixes.length === 1 ? '' : 'es'}`;
    if (targets.urls.length === 0)
        return prefixes;
    const urls = `the ${targets.urls.length} URLs`;
    return targets.prefixes.length === 0 ? urls : `${urls} and ${prefixes}`;
}
/** URLs and prefixes a purge uses of a daily quota (purge-all: one directory a request item). */
function usage(targets, requests) {
    if (targets.purgeAll)
        return { urls: 0, prefixes: requests.reduce((sum, each) => sum + each.items.length, 0) };
    return { urls: targets.urls.length, prefixes: targets.prefixes.length };
}
/** What sending `requests` in interleaved order takes, and which limit it exceeds. */
function cost(requests, uses, maxMs, quota) {
    const predictedMs = (0,time_model/* interleave */.CC)(requests).at(-1)?.atMs ?? 0;
    const shortfall = [];
    if (predictedMs > maxMs)
        shortfall.push({ limit: 'max-duration', predictedMs, maxMs });
    if (quota && uses.urls > quota.urls)
        shortfall.push({ limit: 'url-quota', needed: uses.urls, remaining: quota.urls });
    if (quota && uses.prefixes > quota.prefixes)
        shortfall.push({ limit: 'prefix-quota', needed: uses.prefixes, remaining: quota.prefixes });
    return { requests: requests.length, predictedMs, shortfall };
}
/** No plan fits: an input can fix a duration; a quota is the account's. */
function refusal(message, exact) {
    const text = `${message}. Nothing was purged: ${remedies(exact).join('; or ')}`;
    return exact.shortfall.every((each) => each.limit === 'max-duration')
        ? new errors/* InputError */.dz('max-duration', text)
        : new errors/* QuotaError */.ZP(text);
}
/** What would let the exact plan through. */
function remedies(exact) {
    const remedies = [];
    if (exact.shortfall.some((each) => each.limit === 'max-duration'))
        remedies.push(`raise max-duration to at least ${Math.ceil(exact.predictedMs / 1000)} (${(0,operations_plan/* formatDuration */.a3)(exact.predictedMs)})`);
    if (exact.shortfall.some((each) => each.limit !== 'max-duration'))
        remedies.push('purge fewer URLs today, or ask the provider to raise the daily quota');
    return remedies;
}
/**
 * When the provider refuses a request that carries only chosen prefixes
 * (Medianova without "Wildcard Purge Suffix"), the unsent rest of the plan is
 * replanned exactly: each chosen prefix gives way to the changed URLs it
 * covers. A refusal of the user's own prefixes is a failure as before.
 */
function fallBackToExact(error, refused, unsent, decision, provider, resource) {
    const chosen = new Map(decision.prefixes.map((each) => [each.prefix, each]));
    if (decision.mode !== 'collapsed' ||
        !provider.cdn.isPrefixRefusal?.(error, refused) ||
        !refused.items.every((item) => chosen.has(item)))
        return undefined;
    const exact = new Set(decision.sent.urls);
    const rest = unsent.flatMap((request) => request.items);
    const targets = {
        urls: rest.flatMap((item) => exact.has(item) ? [item] : (chosen.get(item)?.covers ?? []).slice()),
        prefixes: rest.filter((item) => !exact.has(item) && !chosen.has(item)),
        purgeAll: false,
    };
    const ordered = (0,time_model/* interleave */.CC)(provider.cdn.planPurge(targets, resource));
    const takes = ordered.at(-1)?.atMs ?? 0;
    const covered = rest.filter((item) => chosen.has(item)).length;
    return {
        requests: ordered.map(({ request }) => request),
        schedule: ordered.map(({ atMs }) => atMs),
        warning: `${(0,errors/* describeError */.Uc)(error)}. Falling back to the exact plan: the ${targets.urls.length} URLs the ${covered} prefix${covered === 1 ? '' : 'es'} covered are purged one by one, ${ordered.length} more request${ordered.length === 1 ? '' : 's'}, about ${(0,operations_plan/* formatDuration */.a3)(takes)} at ${provider.name}'s rate limits${takes > decision.maxDurationMs ? `, longer than max-duration (${decision.maxDurationMs / 1000} s)` : ''}.`,
    };
}

;// CONCATENATED MODULE: ./src/operations/purge-decision-report.ts

/** The end of the plan line, after "expected duration … at <provider>'s rate limits". */
function describeDecision(decision) {
    const limit = `max-duration ${decision.maxDurationMs / 1000} s`;
    if (decision.mode === 'exact')
        return `exact plan (${limit})`;
    const { prefixes, exact } = decision;
    return `collapsed plan: ${count(prefixes.length, 'prefix', 'prefixes')} cover ${decision.covered} of ${decision.changed} changed URLs, ${decision.sent.urls.length} sent as they are; ${extraText(decision)}; exactly it would take ${count(exact.requests, 'request')}, ${(0,operations_plan/* formatDuration */.a3)(exact.predictedMs)} (${limit})`;
}
/** The daily quota the plan had to fit, and each chosen prefix with what it covers, folded. */
function logDecision(decision, provider, logger) {
    if (decision.quota) {
        const { left, uses } = decision.quota;
        logger.info(`${provider} daily quota: ${left.urls} of ${left.dailyUrls} URLs and ${left.prefixes} of ${left.dailyPrefixes} directories remain today; this purge uses ${uses.urls} and ${uses.prefixes}`);
    }
    if (decision.prefixes.length === 0)
        return;
    logger.startGroup?.(`collapse: the ${decision.prefixes.length} prefixes chosen`);
    for (const line of prefixLines(decision))
        logger.info(`collapse: ${line}`);
    logger.endGroup?.();
}
/** Summary rows of the plan. `fallback` is set when the provider refused the prefixes. */
function decisionRows(decision, provider, fallback) {
    const rows = [['Plan', planText(decision, fallback)]];
    if (decision.mode === 'collapsed' && !fallback)
        rows.push(['Changed URLs', `${decision.changed} (${decision.covered} under prefixes)`], ['Extra objects purged', extraText(decision)]);
    rows.push([
        'Expected duration',
        `${(0,operations_plan/* formatDuration */.a3)(fallback?.expectedMs ?? decision.predictedMs)} at ${provider}'s rate limits (max-duration ${decision.maxDurationMs / 1000} s)`,
    ]);
    return rows;
}
/** The daily quota row: what is left once the items sent are counted. */
function quotaRow(decision, sent) {
    if (!decision.quota)
        return [];
    const { left } = decision.quota;
    return [
        [
            'Daily quota left',
            `${left.urls - sent.urls} of ${left.dailyUrls} URLs and ${left.prefixes - sent.prefixes} of ${left.dailyPrefixes} directories after this purge (it used ${sent.urls} and ${sent.prefixes})`,
        ],
    ];
}
/** The collapsed list of prefixes chosen, each with its changed URLs and extra objects. */
function decisionLists(decision, fallback) {
    if (decision.prefixes.length === 0)
        return [];
    const title = fallback ? 'Prefixes refused, purged URL by URL instead' : 'Prefixes chosen';
    return [{ title: `${title} (${decision.prefixes.length})`, items: prefixLines(decision) }];
}
/** The `purgePlan` of the `result` output: counts, not the covered URLs (the summary lists those). */
function decisionJson(decision, fallback) {
    return {
        mode: fallback ? 'exact' : decision.mode,
        ...(fallback ? { fallback: fallback.warning } : {}),
        maxDurationSeconds: decision.maxDurationMs / 1000,
        predictedMs: fallback?.expectedMs ?? decision.predictedMs,
        requests: decision.requests.length,
        changed: decision.changed,
        covered: fallback ? 0 : decision.covered,
        exactUrls: decision.sent.urls.length,
        givenPrefixes: decision.givenPrefixes,
        prefixes: decision.prefixes.map((each) => ({
            prefix: each.prefix,
            covers: each.covers.length,
            extra: each.extra ?? null,
        })),
        extraObjects: fallback ? 0 : (decision.extraObjects ?? null),
        ...(decision.site?.known === true
            ? { siteObjects: decision.site.objects }
            : decision.site
                ? { extraUnknown: decision.site.why }
                : {}),
        exact: {
            requests: decision.exact.requests,
            predictedMs: decision.exact.predictedMs,
            exceeds: decision.exact.shortfall.map((each) => each.limit),
        },
        ...(decision.quota
            ? {
                quota: {
                    urlsLeft: decision.quota.left.urls,
                    directoriesLeft: decision.quota.left.prefixes,
                    urlsUsed: decision.quota.uses.urls,
                    directoriesUsed: decision.quota.uses.prefixes,
                },
            }
            : {}),
    };
}
/**
 * The plan's targets with the collapse marked: each changed URL under a chosen
 * prefix says which, and the chosen prefixes are listed with their origin.
 */
function withDecision(plan, decision) {
    if (decision.prefixes.length === 0)
        return [...plan];
    return [
        ...plan.map((entry) => {
            const prefix = decision.coveredBy.get(entry.target);
            return prefix === undefined ? entry : { ...entry, coveredBy: prefix };
        }),
        ...decision.prefixes.map((each) => ({
            target: each.prefix,
            source: 'collapse',
            covers: each.covers.length,
        })),
    ];
}
function planText(decision, fallback) {
    if (fallback)
        return `exact, after the provider refused the prefixes: ${fallback.warning}`;
    if (decision.mode === 'exact')
        return 'exact: every URL as listed';
    return `collapsed: ${count(decision.prefixes.length, 'prefix', 'prefixes')} and ${count(decision.sent.urls.length, 'URL')} instead of ${count(decision.changed, 'URL')} (exactly: ${count(decision.exact.requests, 'request')}, ${(0,operations_plan/* formatDuration */.a3)(decision.exact.predictedMs)})`;
}
function extraText(decision) {
    const { site, extraObjects } = decision;
    if (site?.known === false || extraObjects === undefined)
        return `extra objects purged unknown (${site?.known === false ? site.why : 'the site was not read'})`;
    const share = site?.known
        ? ` (${((100 * extraObjects) / Math.max(1, site.objects)).toFixed(1)} % of the ${site.objects} objects url-map maps in the workspace)`
        : '';
    return `${extraObjects} extra object${extraObjects === 1 ? '' : 's'} purged${share}`;
}
function prefixLines(decision) {
    return decision.prefixes.map((each) => `${each.prefix} covers ${count(each.covers.length, 'changed URL')}${each.extra === undefined ? '' : `, purges ${count(each.extra, 'other object')}`}: ${preview(each.covers)}`);
}
/** The first few covered URLs; the full list is in the plan (dry run, `--json`). */
function preview(urls) {
    const shown = urls.slice(0, 3).join(', ');
    return urls.length > 3 ? `${shown} and ${urls.length - 3} more` : shown;
}
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/operations/purge-plan.ts

/** Targets with their origin, in the order they are sent. */
function plannedTargets(resolved) {
    const { targets, mapped } = resolved;
    if (targets.purgeAll)
        return [{ target: '*', source: 'purge-all' }];
    const fromMap = new Map(mapped.map((entry) => [entry.url, entry]));
    return [
        ...targets.urls.map((url) => {
            const entry = fromMap.get(url);
            return entry
                ? { target: url, source: 'url-map', file: entry.file, rule: entry.rule }
                : { target: url, source: 'urls' };
        }),
        ...targets.prefixes.map((prefix) => ({ target: prefix, source: 'prefixes' })),
    ];
}
/** `https://x/docs/ <- public/docs/index.html (rule public/**\/index.html)` */
function describeTarget(entry) {
    const under = entry.coveredBy === undefined ? '' : `, purged under ${entry.coveredBy}`;
    switch (entry.source) {
        case 'url-map':
            return `${entry.target} <- ${entry.file} (rule ${entry.rule}${under})`;
        case 'urls':
            return `${entry.target} (urls${under})`;
        case 'prefixes':
            return `${entry.target} (prefix)`;
        case 'collapse':
            return `${entry.target} (collapse: covers ${entry.covers ?? 0} changed URL${entry.covers === 1 ? '' : 's'})`;
        case 'purge-all':
            return 'everything (purge-all)';
    }
}
/** The summary row saying where the changed files came from. */
function changeRows(changes) {
    if (!changes)
        return [];
    if (changes.mode === 'list')
        return [['Changed files', `${changes.files} listed`]];
    if (changes.base === undefined) {
        return [
            ['Changed files', `unknown (${changes.why}): changed-files-fallback purges everything`],
        ];
    }
    return [
        [
            'Changed files',
            `${changes.files} in ${purge_plan_short(changes.base)}..${purge_plan_short(changes.head ?? '')} (base: ${changes.why})`,
        ],
    ];
}
function unmatchedList(files) {
    return files.length > 0
        ? [{ title: `Changed files matched by no url-map rule (${files.length})`, items: [...files] }]
        : [];
}
/** Every target of a plan that was carried out (or planned) whole, with its origin. */
function plannedList(plan, title) {
    const given = plan.every((entry) => (entry.source === 'urls' || entry.source === 'prefixes') && entry.coveredBy === undefined);
    return {
        title: `${title} (${plan.length})`,
        items: plan.map(describeTarget),
        ...(given && plan.length > 0
            ? { repeats: 'the targets given in urls, urls-file and prefixes' }
            : {}),
    };
}
function isEmpty(targets) {
    return !targets.purgeAll && targets.urls.length === 0 && targets.prefixes.length === 0;
}
/**
 * The target list is empty: nothing is sent, `status` is `skipped`, and
 * `if-no-targets` says whether that is worth a warning, nothing, or a failure.
 */
function nothingToSend(kind, resolved, ctx) {
    const why = emptyReason(resolved);
    const message = `Nothing to ${kind}: ${why}. Nothing was sent.`;
    const policy = ctx.config.ifNoTargets;
    if (policy === 'ignore')
        ctx.logger.info(message);
    return {
        outputs: { status: 'skipped', 'urls-count': '0', 'requests-count': '0', 'task-ids': '' },
        result: {
            status: 'skipped',
            reason: why,
            changes: resolved.changes,
            unmatched: resolved.unmatched.length,
        },
        rows: [['Status', 'skipped'], ['Reason', why], ...changeRows(resolved.changes)],
        lists: unmatchedList(resolved.unmatched),
        annotations: policy === 'warn' ? [{ level: 'warning', message }] : [],
        failure: policy === 'error'
            ? `${message} (if-no-targets is error; set it to warn or ignore to let such runs pass)`
            : undefined,
        plan: [],
    };
}
function emptyReason(resolved) {
    const { changes, unmatched } = resolved;
    if (!changes) {
        return 'the targets are empty (urls, urls-file, prefixes and changed-files gave nothing; purge-all is false)';
    }
    if (changes.files === 0) {
        return changes.mode === 'auto'
            ? `no file changed in ${purge_plan_short(changes.base ?? '')}..${purge_plan_short(changes.head ?? '')} (base: ${changes.why})`
            : 'changed-files lists no file';
    }
    return `none of the ${unmatched.length} changed file${unmatched.length === 1 ? '' : 's'} matched a url-map rule`;
}
/** "about 4 min left", for progress lines; '' once nothing is left. */
function timeLeft(ms) {
    if (ms <= 0)
        return 'all sent';
    if (ms < 1000)
        return 'about a second left';
    return `about ${(0,operations_plan/* formatDuration */.a3)(ms)} left`;
}
function purge_plan_short(commit) {
    return commit.slice(0, 7);
}

// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __nccwpck_require__(1944);
;// CONCATENATED MODULE: ./src/operations/wait.ts


/** The state of a set of tasks: failed if any failed, done if all are done. */
function overallState(tasks) {
    if (tasks.some((task) => task.state === 'failed'))
        return 'failed';
    if (tasks.length > 0 && tasks.every((task) => task.state === 'done'))
        return 'done';
    return 'pending';
}
/**
 * Polls task status until every task is done, one failed, or wait-timeout
 * passes. wait-timeout bounds the whole wait: the pauses between polls and any
 * wait for the provider's rate-limit window before a status read.
 */
async function waitForTasks(cdn, taskIds, resource, kind, ctx, options = {}) {
    const { timing, logger, config } = ctx;
    if (taskIds.length === 0) {
        logger.warning('No task ids to wait for: the provider returned none.');
        return { status: 'pending', tasks: [], table: taskTable([]) };
    }
    // wait-timeout is the user's own bound: not shrunk by CDNKIT_PACING_SCALE, unlike the poll interval
    const deadline = timing.now() + config.waitTimeoutSeconds * 1000;
    const pace = cdn.statusPace?.[kind];
    if (pace?.note) {
        logger.info(`${pace.note}: 'wait' polls at that pace within wait-timeout (${config.waitTimeoutSeconds} s).`);
    }
    const pause = (pace?.intervalMs ?? cdn.pollIntervalMs) * timing.scale;
    let tasks = [];
    // a long wait repeats the same count every poll: it is logged when it changes, polls in debug
    let progress = '';
    const settle = (state) => ({ status: state, tasks, table: taskTable(tasks) });
    for (;;) {
        try {
            tasks = await cdn.taskStatus(taskIds, resource, kind, { deadline });
        }
        catch (error) {
            if (!(error instanceof errors/* ProviderError */.mZ))
                throw error;
            const timedOut = error instanceof client/* PastDeadlineError */.zJ;
            if (options.strict && !timedOut)
                throw error;
            const reason = (0,errors/* describeError */.Uc)(error);
            tasks = unread(taskIds, tasks, timedOut ? 'wait-timeout ends first' : reason);
            logger.warning(timedOut
                ? `Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s), which ends before the next status read is allowed (${reason}); ${pendingCount(tasks)} task(s) still pending.`
                : `The ${kind} status could not be read (${reason}); the ${kind} was accepted, and its tasks stay pending.`);
            return settle(overallState(tasks));
        }
        const state = overallState(tasks);
        const done = tasks.filter((task) => task.state === 'done').length;
        const line = `${kind} tasks: ${done} of ${tasks.length} done${state === 'failed' ? ', one or more failed' : ''}`;
        if (line === progress)
            logger.debug(`${line} (unchanged)`);
        else
            logger.info(line);
        progress = line;
        if (state !== 'pending')
            return settle(state);
        if (timing.now() + pause > deadline) {
            logger.warning(`Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s); ${pendingCount(tasks)} task(s) still pending.`);
            return settle('pending');
        }
        await timing.sleep(pause);
    }
}
/** The last states read (if any), every unsettled task marked with why it was not read again. */
function unread(taskIds, last, reason) {
    const byId = new Map(last.map((task) => [task.id, task]));
    return taskIds.map((id) => {
        const known = byId.get(id);
        if (known && known.state !== 'pending')
            return known;
        const before = known?.detail ? `${known.detail}; ` : '';
        return { id, state: 'pending', detail: `${before}status not read: ${reason}` };
    });
}
function pendingCount(tasks) {
    return tasks.filter((task) => task.state === 'pending').length;
}
function taskTable(tasks) {
    return {
        title: 'Tasks',
        header: ['Task id', 'State', 'Detail'],
        rows: tasks.map((task) => [task.id, task.state, task.detail ?? '']),
    };
}

;// CONCATENATED MODULE: ./src/operations/purge.ts









/**
 * Purge or prefetch: find and map the changed files, plan every request first
 * (so bad targets fail before anything is sent): for a purge, exact or
 * collapsed to fit `max-duration` and the daily quota (purge-decision.ts);
 * announce the paced duration, send in order, stop at the first batch that
 * still fails after its retries, then optionally wait. An empty target list
 * sends nothing (`if-no-targets`).
 */
async function purgeOrPrefetch(kind, provider, ctx) {
    const { config, logger, timing } = ctx;
    const { cdn } = provider;
    const resolved = await resolveTargets(ctx);
    const { targets } = resolved;
    if (isEmpty(targets))
        return nothingToSend(kind, resolved, ctx);
    const resource = config.dryRun ? cdn.unresolvedResource() : await cdn.resolveResource();
    const decision = kind === 'purge' ? await decidePurge(provider, resource, resolved, ctx) : undefined;
    const sending = decision ?? ordered(cdn.planPrefetch(targets.urls, resource));
    const { requests } = sending;
    const itemCount = requests.reduce((sum, request) => sum + request.items.length, 0);
    const planLine = `${kind}: ${itemCount} item${itemCount === 1 ? '' : 's'} in ${requests.length} request${requests.length === 1 ? '' : 's'}; expected duration ${(0,operations_plan/* formatDuration */.a3)(sending.predictedMs)} at ${provider.name}'s rate limits${decision ? `; ${describeDecision(decision)}` : ''}`;
    logger.info(planLine);
    if (decision)
        logDecision(decision, provider.name, logger);
    else if (sending.predictedMs > config.maxDurationSeconds * 1000) {
        throw new errors/* InputError */.dz('max-duration', `${planLine}, longer than max-duration (${config.maxDurationSeconds} s). A prefetch takes exact URLs: prefetch fewer, or raise 'max-duration' to at least ${Math.ceil(sending.predictedMs / 1000)}`);
    }
    // every target with its origin: built when reported, not held while sending
    const planned = () => decision ? withDecision(plannedTargets(resolved), decision) : plannedTargets(resolved);
    const planRows = decision ? decisionRows(decision, provider.name, undefined) : [];
    const unmatched = unmatchedList(resolved.unmatched);
    if (config.dryRun) {
        const plan = planned();
        for (const [index, request] of requests.entries()) {
            logger.info(`dry run: ${(0,operations_plan/* describeRequest */.Ng)(request, index, requests.length)}`);
        }
        logger.startGroup?.(`dry run: the ${plan.length} targets and where each came from`);
        for (const entry of plan)
            logger.info(`dry run: ${describeTarget(entry)}`);
        logger.endGroup?.();
        return {
            outputs: { 'urls-count': String(itemCount), 'requests-count': '0' },
            result: {
                dryRun: true,
                resource: resource.id,
                requests: requests.map(plannedJson),
                ...(decision ? { purgePlan: decisionJson(decision, undefined) } : {}),
                changes: resolved.changes,
                unmatched: resolved.unmatched.length,
            },
            rows: [
                ['Mode', 'dry run: nothing was sent'],
                ['Resource', resource.id],
                ...changeRows(resolved.changes),
                ['Items', String(itemCount)],
                ['Planned requests', String(requests.length)],
                ...(decision ? planRows : [['Expected duration', (0,operations_plan/* formatDuration */.a3)(sending.predictedMs)]]),
            ],
            tables: [planTable(requests)],
            lists: [
                ...(decision ? decisionLists(decision, undefined) : []),
                plannedList(plan, `Planned ${kind} targets`),
                ...unmatched,
            ],
            plan,
        };
    }
    const since = timing.now();
    let queue = requests;
    let schedule = sending.schedule;
    const sent = [];
    const taskIds = [];
    let requestsCount = 0;
    let failure;
    let fallback;
    logger.startGroup?.(`${kind}: sending ${queue.length} request${queue.length === 1 ? '' : 's'}, ${timeLeft(sending.predictedMs)}`);
    try {
        for (let index = 0; index < queue.length; index++) {
            const request = queue[index];
            logger.debug(() => (0,operations_plan/* describeRequest */.Ng)(request, index, queue.length));
            const left = schedule.at(-1) - schedule[index];
            await waitForPacing(request, `request ${index + 1}/${queue.length}`, left, provider, ctx);
            try {
                const answer = await cdn.send(request);
                logger.info(`${kind} request ${index + 1}/${queue.length} accepted: ${request.items.length} item${request.items.length === 1 ? '' : 's'} (${request.kind}), ${timeLeft(left)}`);
                requestsCount += answer.attempts;
                for (const id of answer.taskIds)
                    taskIds.push(id);
                sent.push(request);
            }
            catch (error) {
                requestsCount += error instanceof errors/* ProviderError */.mZ ? (error.details.attempts ?? 1) : 1;
                const rest = decision && !fallback
                    ? fallBackToExact(error, request, queue.slice(index), decision, provider, resource)
                    : undefined;
                if (rest) {
                    logger.warning(rest.warning);
                    const at = schedule[index];
                    // concat, not splice(...list): a spread puts every request on the stack
                    queue = queue.slice(0, index).concat(rest.requests);
                    schedule = schedule.slice(0, index).concat(rest.schedule.map((ms) => at + ms));
                    fallback = { warning: rest.warning, expectedMs: schedule.at(-1) ?? 0 };
                    index--;
                    continue;
                }
                failure = { request, error, message: (0,errors/* describeError */.Uc)(error) };
                break;
            }
        }
    }
    finally {
        logger.endGroup?.();
    }
    if (sent.length > 0 && cdn.findTaskIds) {
        for (const id of await findTaskIdsSafely(provider, sent, resource, since, ctx))
            taskIds.push(id);
    }
    // requests are sent in queue order until one fails: the sent ones are the queue's start
    const doneItems = sent.flatMap((request) => request.items);
    const notDone = queue.slice(sent.length).flatMap((request) => request.items);
    const total = doneItems.length + notDone.length;
    const outputs = {
        'task-ids': taskIds.join(','),
        'urls-count': String(doneItems.length),
        'requests-count': String(requestsCount),
        'request-id': provider.http.lastRequestId ?? '',
    };
    const prefixesSent = new Set(decision?.sent.prefixes);
    let prefixesDone = 0;
    if (prefixesSent.size > 0)
        for (const item of doneItems)
            if (prefixesSent.has(item))
                prefixesDone++;
    const rows = [
        ['Resource', resource.id],
        ...changeRows(resolved.changes),
        ...(decision ? decisionRows(decision, provider.name, fallback) : []),
        [kind === 'purge' ? 'Purged' : 'Prefetched', `${doneItems.length} of ${total}`],
        ['Requests', String(requestsCount)],
        ['Task ids', taskIds.join(', ') || '—'],
        ...(decision
            ? quotaRow(decision, { urls: doneItems.length - prefixesDone, prefixes: prefixesDone })
            : []),
    ];
    const lists = decision ? decisionLists(decision, fallback) : [];
    const purgePlan = decision ? { purgePlan: decisionJson(decision, fallback) } : {};
    if (failure) {
        const verb = kind === 'purge' ? 'purged' : 'prefetched';
        lists.push({ title: `Not ${verb} (${notDone.length})`, items: notDone });
        if (doneItems.length > 0)
            lists.push({ title: `${(0,src_text/* capitalise */.sK)(verb)} (${doneItems.length})`, items: doneItems });
        for (const list of unmatched)
            lists.push(list);
        outputs.status = 'failed';
        rows.push(['Status', 'failed']);
        return {
            outputs,
            result: {
                resource: resource.id,
                taskIds,
                sent: doneItems.length,
                notSent: notDone,
                status: 'failed',
                error: failure.message,
                ...purgePlan,
            },
            rows,
            lists,
            failure: (0,hints/* withHint */.mu)(`${(0,src_text/* capitalise */.sK)(kind)} stopped at request ${queue.indexOf(failure.request) + 1} of ${queue.length}: ${failure.message}. ${doneItems.length} of ${total} items were ${verb}; the summary lists the rest`, failure.error),
        };
    }
    let status = 'pending';
    let tasks = [];
    const untracked = cdn.noStatus?.[kind];
    if (config.wait && untracked) {
        logger.warning(untracked);
    }
    else if (config.wait) {
        const waited = await waitForTasks(cdn, taskIds, resource, kind, ctx);
        status = waited.status;
        tasks = [waited.table];
    }
    outputs.status = status;
    rows.push(['Status', status]);
    const verb = kind === 'purge' ? 'Purged' : 'Prefetched';
    // after a fallback nothing was purged under a prefix: the targets are told as listed
    const plan = fallback ? plannedTargets(resolved) : planned();
    lists.push(plannedList(plan, verb));
    for (const list of unmatched)
        lists.push(list);
    return {
        outputs,
        result: {
            resource: resource.id,
            taskIds,
            urlsCount: doneItems.length,
            requestsCount,
            status,
            changes: resolved.changes,
            ...purgePlan,
        },
        rows,
        tables: tasks,
        lists,
        plan,
        failure: status === 'failed'
            ? `${(0,src_text/* capitalise */.sK)(kind)} tasks failed at ${provider.name}: see the summary for each task's state.`
            : undefined,
    };
}
/** Requests in the order `interleave` sends them, with their starts. */
function ordered(requests) {
    const order = (0,time_model/* interleave */.CC)(requests);
    return {
        requests: order.map(({ request }) => request),
        schedule: order.map(({ atMs }) => atMs),
        predictedMs: order.at(-1)?.atMs ?? 0,
    };
}
async function findTaskIdsSafely(provider, sent, resource, since, ctx) {
    try {
        return (await provider.cdn.findTaskIds?.(sent, resource, since)) ?? [];
    }
    catch (error) {
        ctx.logger.warning(`The ${provider.name} requests were accepted, but their task ids could not be read: ${(0,errors/* describeError */.Uc)(error)}`);
        return [];
    }
}
function plannedJson(request) {
    return {
        kind: request.kind,
        method: request.method,
        path: request.path,
        items: request.items.length,
    };
}
function planTable(requests) {
    return {
        title: 'Planned requests',
        header: ['#', 'Request', 'Kind', 'Items'],
        rows: requests.map((request, index) => [
            String(index + 1),
            `${request.method} ${request.path}`,
            request.kind,
            String(request.items.length),
        ]),
    };
}
/** The targets as given, or with the changed files found and mapped (loaded only then). */
async function resolveTargets(ctx) {
    if (!ctx.config.changedFiles)
        return { targets: ctx.config.targets, mapped: [], unmatched: [] };
    const { resolveTargets: resolve } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(557)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5938));
    return resolve(ctx);
}
/**
 * Waits out the provider's rate limit before a request, saying so with the time
 * left, so the HTTP layer then finds the window open and has nothing to add.
 */
async function waitForPacing(request, label, leftMs, provider, ctx) {
    const { pacer, timing, logger } = ctx;
    const now = timing.now();
    const wait = pacer.earliestStart(request.limits, now) - now;
    if (wait < 1000 * timing.scale)
        return;
    const unscaled = wait / timing.scale;
    logger.info(`waiting ${(0,operations_plan/* formatDuration */.a3)(unscaled)} for ${provider.name}'s rate limit before ${label}, ${timeLeft(leftMs + unscaled)}`);
    await timing.sleep(wait);
}

;// CONCATENATED MODULE: ./src/operations/storage-credentials.ts





/** A credential as rotation messages name it: id, name and access key. */
function credentialSubject(credential, accessKey = credential.accessKey) {
    return {
        id: credential.id,
        name: credential.name,
        detail: `access key ${accessKey ?? 'unknown'}`,
    };
}
/** The inputs win; what they leave unset is copied from `base`. */
function settingsFrom(config, base, defaultName) {
    const { credential } = config;
    return {
        name: credential.name ?? defaultName,
        readOnly: credential.readOnly ?? base.readOnly,
        buckets: credential.buckets ?? base.buckets.map((bucket) => bucket.id),
        subfolder: credential.subfolder ?? base.subfolder,
    };
}
function credentialId(config) {
    if (config.credential.id === undefined)
        throw new errors/* InputError */.dz('credential-id', 'is required');
    return config.credential.id;
}
/**
 * The new secret key must be in the create answer: no other call returns it.
 * Medianova's documented answer carries none.
 */
function secretKeyStep(provider, created, extra) {
    return {
        role: 'other',
        name: 'Reading the new secret key',
        run: async () => {
            if (created().secretKey !== undefined)
                return;
            throw new errors/* ProviderError */.mZ(provider, `the create answer for credential ${created().id} carries no secret key, and the API offers no other way to read it`);
        },
        ...extra,
    };
}
/** Where the Stook panel keeps the keys, for advice when the API cannot help. */
function panelHint(provider) {
    return `the ${(0,errors/* providerLabel */.sQ)(provider)} panel (Stook -> Access Key Management)`;
}
/**
 * Stores the key pair: the access key first, then the secret key. If the
 * secret key cannot be written, the access key secret gets the old credential's
 * access key back (public and known), so the stored pair stays the old, working one.
 */
function storeKeyPairStep(store, target, pair) {
    return (0,rotation/* storeStep */.Kq)(store, `store the access key in ${store.describe(target.accessKeyName)}, then the secret key in ${store.describe(target.name)}`, () => {
        // named by credential, not by value: the store masks every value it writes
        const { id, accessKey, secretKey, old } = pair();
        const writes = [];
        if (accessKey !== undefined) {
            writes.push({
                name: target.accessKeyName,
                value: accessKey,
                what: `the access key of credential ${id}`,
                restore: old?.accessKey === undefined
                    ? undefined
                    : { value: old.accessKey, what: `the access key of credential ${old.id}` },
            });
        }
        writes.push({
            name: target.name,
            value: secretKey,
            what: `the secret key of credential ${id}`,
        });
        return writes;
    });
}
async function listCredentials(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, ['list the credentials']);
    const list = await credentials.list();
    return {
        outputs: { 'request-id': provider.http.lastRequestId ?? '' },
        result: { credentials: list },
        rows: [['Credentials', String(list.length)]],
        tables: [credentialTable('Credentials', list)],
    };
}
async function getCredential(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`read credential ${id}`]);
    return credentialReport(provider, await credentials.get(id));
}
/** create-credential: the secret key is masked when it arrives and stored when asked. */
async function createCredential(provider, ctx) {
    const { config, logger } = ctx;
    const credentials = capabilityOf(provider, 'storageCredentials', config.operation);
    const store = secretStoreFor(ctx);
    const { credential } = config;
    const name = credential.name ?? '';
    let created;
    const state = (0,rotation/* rotationState */.yS)();
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'credential',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'create',
                plan: `create credential '${name}'`,
                newName: () => name,
                run: async () => {
                    created = await credentials.create({
                        name,
                        readOnly: credential.readOnly ?? false,
                        buckets: credential.buckets ?? [],
                        subfolder: credential.subfolder,
                    });
                    logger.info(`create-credential: created credential ${created.id} ('${created.name}')`);
                    return credentialSubject(created);
                },
            },
            ...(store
                ? [
                    secretKeyStep(provider.name, () => created, {
                        advice: () => `Read the secret key in ${panelHint(provider.name)} and store it yourself, or delete credential ${created.id} (delete-credential).`,
                    }),
                    storeKeyPairStep(store, config.githubSecret, () => ({
                        id: created.id,
                        accessKey: created.accessKey,
                        secretKey: created.secretKey,
                    })),
                ]
                : []),
        ],
        report: () => {
            const annotations = [];
            if (created.secretKey === undefined) {
                annotations.push({
                    level: 'warning',
                    message: `${(0,errors/* providerLabel */.sQ)(provider.name)} created credential ${created.id} but returned no secret key: the secret-key output is empty. Read the key in ${panelHint(provider.name)}, or delete the credential and create it there.`,
                });
            }
            return credentialReport(provider, created, {
                created: true,
                annotations,
                storedIn: (0,rotation/* storedIn */.P3)(state),
            });
        },
    });
}
/** update-credential: Stook's PUT replaces every setting, so unset inputs keep the current ones. */
async function updateCredential(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`read credential ${id}`, 'replace its settings with the ones given']);
    }
    const current = await credentials.get(id);
    const updated = await credentials.update(id, settingsFrom(ctx.config, current, current.name));
    return credentialReport(provider, { ...current, ...definedOnly(updated) });
}
async function deleteCredential(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`delete credential ${id}`]);
    const message = await credentials.delete(id);
    return {
        outputs: { 'credential-id': id, 'request-id': provider.http.lastRequestId ?? '' },
        result: { deleted: id, message },
        rows: [
            ['Deleted credential', id],
            ['Message', message ?? '—'],
        ],
    };
}
function credentialReport(provider, credential, extra = {}) {
    const created = extra.created === true;
    const rows = [
        ['Credential', credential.id],
        ['Name', credential.name],
        ['Access key', credential.accessKey ?? '—'],
        ['Read-only', String(credential.readOnly)],
        ['Buckets', bucketNames(credential)],
        ['Subfolder', credential.subfolder || '—'],
    ];
    if (created) {
        rows.push([
            'Secret key',
            credential.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
        ]);
    }
    if (extra.storedIn && extra.storedIn.length > 0)
        rows.push(['Stored in', extra.storedIn.join(', ')]);
    return {
        outputs: {
            'credential-id': credential.id,
            'access-key': credential.accessKey ?? '',
            ...(created ? { 'secret-key': credential.secretKey ?? '' } : {}),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { credential, ...(extra.storedIn ? { storedIn: extra.storedIn } : {}) },
        rows,
        annotations: extra.annotations,
    };
}
function credentialTable(title, credentials) {
    return {
        title,
        header: ['Id', 'Name', 'Access key', 'Read-only', 'Buckets', 'Subfolder'],
        rows: credentials.map((credential) => [
            credential.id,
            credential.name,
            credential.accessKey ?? '',
            String(credential.readOnly),
            bucketNames(credential),
            credential.subfolder ?? '',
        ]),
    };
}
function bucketNames(credential) {
    return credential.buckets.map((bucket) => bucket.name ?? bucket.id).join(', ') || '—';
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== ''));
}

;// CONCATENATED MODULE: ./src/operations/rotate-credential.ts





/** A new credential may take a moment to show in `list`: read it this often before giving up. */
const VERIFY_ATTEMPTS = 3;
/** Pause between those reads (unscaled ms). */
const VERIFY_PAUSE_MS = 2_000;
/**
 * rotate-credential: read the old credential -> create the new one with its
 * settings -> check the answer carried the secret key (else delete the new one
 * again) -> verify the new one is listed with its access key -> store the pair
 * (when asked) -> delete the old one (when `delete-old`).
 */
async function rotateCredential(provider, ctx) {
    const { config, logger, timing } = ctx;
    const credentials = capabilityOf(provider, 'storageCredentials', config.operation);
    const store = secretStoreFor(ctx);
    const id = credentialId(config);
    let old;
    let settings;
    let created;
    /** as verified in the list: the create answer may lack it */
    let accessKey;
    const state = (0,rotation/* rotationState */.yS)({ id }, { verifies: true });
    const newName = config.credential.name ? ` '${config.credential.name}'` : '';
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'credential',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'read',
                plan: `read credential ${id}`,
                run: async () => {
                    // debug only until the new secret key is masked: nothing may be written before its mask
                    logger.debug(`rotate-credential: reading credential ${id}`);
                    old = await credentials.get(id);
                    settings = settingsFrom(config, old, (0,rotation/* rotatedName */.rd)(old.name, timing.now()));
                    return { id: old.id, name: old.name };
                },
            },
            {
                role: 'create',
                plan: `create a new credential${newName || ' (its name with a UTC timestamp suffix)'} with its settings`,
                newName: () => settings.name,
                run: async () => {
                    created = await credentials.create(settings);
                    accessKey = created.accessKey;
                    logger.info(`rotate-credential: created credential ${created.id} ('${created.name}')`);
                    return credentialSubject(created);
                },
            },
            secretKeyStep(provider.name, () => created, {
                compensate: async () => {
                    await credentials.delete(created.id);
                    logger.info(`rotate-credential: deleted the new credential ${created.id} again`);
                },
                advice: () => `Rotate this credential in ${panelHint(provider.name)} instead.`,
            }),
            {
                role: 'verify',
                plan: 'verify the new credential is listed with its access key',
                run: async (rotation) => {
                    accessKey = await verifyListed(credentials, created, ctx);
                    rotation.created = credentialSubject(created, accessKey);
                    logger.info(`rotate-credential: ${created.id} is listed with access key ${accessKey}`);
                },
            },
            ...(store
                ? [
                    storeKeyPairStep(store, config.githubSecret, () => ({
                        id: created.id,
                        accessKey,
                        secretKey: created.secretKey,
                        old,
                    })),
                ]
                : []),
            ...(config.deleteOld
                ? [
                    (0,rotation/* deleteOldStep */.LF)(`delete credential ${id}`, async () => {
                        await credentials.delete(id);
                        logger.info(`rotate-credential: deleted the old credential ${id}`);
                    }),
                ]
                : []),
        ],
        report: () => rotationReport(provider, state, { old, created, accessKey }, ctx),
    });
}
/** The new credential must be listed with the access key create gave (if it gave one). */
async function verifyListed(credentials, created, { timing }) {
    let seen;
    for (let attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt++) {
        seen = (await credentials.list()).find((credential) => credential.id === created.id);
        const accessKey = seen?.accessKey;
        if (accessKey !== undefined && (created.accessKey ?? accessKey) === accessKey)
            return accessKey;
        if (attempt < VERIFY_ATTEMPTS)
            await timing.sleep(VERIFY_PAUSE_MS * timing.scale);
    }
    throw new errors/* VerificationError */.mk(seen
        ? `credential ${created.id} is listed with access key ${seen.accessKey ?? '(none)'}, not ${created.accessKey}`
        : `credential ${created.id} is not in the credential list after ${VERIFY_ATTEMPTS} reads`);
}
function rotationReport(provider, state, { old, created, accessKey, }, { config }) {
    const stored = (0,rotation/* storedIn */.P3)(state);
    const oldState = state.oldDeleted
        ? 'deleted'
        : config.deleteOld
            ? 'not deleted'
            : 'kept (delete-old: false)';
    return {
        outputs: {
            'credential-id': created.id,
            'access-key': accessKey ?? '',
            'secret-key': created.secretKey ?? '',
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: {
            old: { id: old.id, name: old.name, deleted: state.oldDeleted },
            new: { ...created, accessKey, verified: state.verified === true },
            storedIn: stored,
        },
        rows: [
            ['Old credential', `${old.id} (${old.name}): ${oldState}`],
            ['New credential', `${created.id} (${created.name})`],
            ['Access key', accessKey ?? '—'],
            [
                'Secret key',
                created.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
            ],
            ['Verified', state.verified ? 'yes: listed with its access key' : 'no'],
            ['Stored in', stored.join(', ') || '—'],
        ],
    };
}

;// CONCATENATED MODULE: ./src/operations/rotate-token.ts






/**
 * rotate-token: read the old token -> check the token limit -> create the new
 * one (same role, new expiry) -> verify it with a call sent with it -> store it
 * (when `secret-name` is set) -> delete the old one (when `delete-old`).
 *
 * Nothing is logged above debug level before the new token exists, so its
 * mask command comes before any line a reader sees.
 */
async function rotateToken(provider, ctx) {
    const { config, logger } = ctx;
    const tokens = capabilityOf(provider, 'tokens', config.operation);
    const oldId = oldTokenId(tokens, ctx);
    const roleOverride = config.token.role ? tokens.resolveRole(config.token.role) : undefined;
    const now = ctx.timing.now();
    const expiresAt = (0,token_dates/* expiryFrom */.KN)(config.token.expiresInDays, now);
    const store = secretStoreFor(ctx);
    let old;
    let spec;
    let created;
    let count = 0;
    const state = (0,rotation/* rotationState */.yS)({ id: oldId }, { verifies: true });
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'token',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'read',
                plan: `read token ${oldId}`,
                run: async () => {
                    old = await tokens.get(oldId);
                    const role = roleOverride ?? old.role;
                    if (!role) {
                        throw new errors/* ProviderError */.mZ(provider.name, `the answer does not say which role token ${oldId} has, so it cannot be copied: set 'role'`);
                    }
                    spec = {
                        name: config.credential.name ?? (0,rotation/* rotatedName */.rd)(old.name, now),
                        description: old.description,
                        role,
                        expiresAt,
                    };
                    return { id: old.id, name: old.name };
                },
            },
            tokenLimitStep(tokens, (counted) => {
                count = counted;
            }),
            {
                role: 'create',
                plan: `create its replacement with ${roleOverride ? `role ${roleOverride.name}` : 'the same role'}, expiring ${expiresAt ?? 'never'}`,
                newName: () => spec.name,
                run: async () => {
                    created = await tokens.create(spec);
                    logger.info(`Created token ${created.token.id} '${created.token.name}' (${spec.role.name}, expires ${expiresAt ?? 'never'}) to replace token ${oldId}.`);
                    return { id: created.token.id, name: created.token.name };
                },
            },
            {
                role: 'verify',
                plan: 'verify the new token with a request sent with it',
                run: async () => {
                    await tokens.verify(created.secret);
                    logger.info(`Verified token ${created.token.id}: a request sent with it was accepted.`);
                },
            },
            ...(store ? [storeTokenStep(store, config.githubSecret.name, () => created)] : []),
            ...(config.deleteOld
                ? [
                    (0,rotation/* deleteOldStep */.LF)(`delete token ${oldId}`, async () => {
                        await tokens.delete(oldId);
                        logger.info(`Deleted the old token ${oldId}.`);
                    }),
                ]
                : []),
        ],
        report: () => rotate_token_rotationReport(state, { old, spec, created, count, max: tokens.maxTokens, provider, ctx }),
    });
}
/** `token-id`, or the id inside `api-token` (`<id>$…` / `<id>_…`). */
function oldTokenId(tokens, ctx) {
    const { token, credentials } = ctx.config;
    const id = token.id ?? (credentials.apiToken ? tokens.tokenIdOf(credentials.apiToken) : undefined);
    if (!id) {
        throw new errors/* InputError */.dz('token-id', "is required for 'rotate-token' unless 'api-token' is the token to rotate");
    }
    return id;
}
function rotate_token_rotationReport(state, facts) {
    const { old, spec, created, count, max, provider, ctx } = facts;
    const { config } = ctx;
    const stored = tokenStoredIn(state);
    const deleted = state.oldDeleted;
    return {
        outputs: newTokenOutputs(created, provider),
        result: {
            oldTokenId: old.id,
            newTokenId: created.token.id,
            name: created.token.name,
            role: spec.role,
            expiresAt: spec.expiresAt,
            verified: state.verified === true,
            stored,
            oldDeleted: deleted,
        },
        rows: [
            ['Old token', `${old.id} '${old.name}'`],
            ['Tokens before', `${count} of at most ${max}`],
            ['New token', `${created.token.id} '${created.token.name}'`],
            ['Role', created.token.role?.name ?? spec.role.name],
            ['Expires at', created.token.expiresAt ?? spec.expiresAt ?? 'never'],
            ['Verified', state.verified ? 'yes: a request sent with the new token was accepted' : 'no'],
            [
                'Stored in',
                stored ?? (config.githubSecret ? 'not stored' : "not stored (no 'secret-name')"),
            ],
            ['Old token deleted', deleted ? 'yes' : config.deleteOld ? 'no' : "no ('delete-old: false')"],
        ],
        annotations: stored === null && deleted
            ? [
                {
                    level: 'warning',
                    message: `The old token ${old.id} is deleted and the new token ${created.token.id} exists only in this step's masked 'api-token' output: set 'secret-name' to store it.`,
                },
            ]
            : [],
    };
}

;// CONCATENATED MODULE: ./src/operations/status.ts


/** purge-status: the state of `task-id`s, polled until settled when `wait` is on. */
async function purgeStatus(provider, ctx) {
    const { config } = ctx;
    if (config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [
            `read the state of ${provider.name} task${config.taskIds.length === 1 ? '' : 's'} ${config.taskIds.join(', ')}${config.wait ? ' until settled' : ''}`,
        ]);
    }
    const resource = await provider.cdn.resolveResource();
    const { status, tasks, table } = config.wait
        ? await waitForTasks(provider.cdn, config.taskIds, resource, 'purge', ctx, { strict: true })
        : await provider.cdn.taskStatus(config.taskIds, resource, 'purge').then((found) => ({
            status: overallState(found),
            tasks: found,
            table: taskTable(found),
        }));
    return {
        outputs: {
            status,
            'task-ids': tasks.map((task) => task.id).join(','),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { status, tasks },
        rows: [
            ['Resource', resource.id],
            ['Tasks', String(tasks.length)],
            ['Status', status],
        ],
        tables: [table],
        failure: status === 'failed'
            ? 'One or more purge tasks failed: see the summary for each task.'
            : undefined,
    };
}

;// CONCATENATED MODULE: ./src/operations/run.ts










/** Every operation's runner (certificate operations load their own chunk): a missing one fails the typecheck, not a run. */
const RUNNERS = {
    login: login,
    purge: (provider, ctx) => purgeOrPrefetch('purge', provider, ctx),
    prefetch: (provider, ctx) => purgeOrPrefetch('prefetch', provider, ctx),
    'purge-status': purgeStatus,
    'list-credentials': listCredentials,
    'get-credential': getCredential,
    'create-credential': createCredential,
    'update-credential': updateCredential,
    'delete-credential': deleteCredential,
    'rotate-credential': rotateCredential,
    'list-tokens': listTokens,
    'create-token': createToken,
    'delete-token': deleteToken,
    'rotate-token': rotateToken,
    'check-token': checkToken,
};
/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
async function runOperation(ctx) {
    const { operation } = ctx.config;
    if ((0,catalog/* isCertificateOperation */.b$)(operation)) {
        const { runCertificateOperation } = await __nccwpck_require__.e(/* import() */ 333).then(__nccwpck_require__.bind(__nccwpck_require__, 6333));
        return runCertificateOperation(ctx);
    }
    const provider = (0,create_provider/* createProvider */.Q)(ctx);
    try {
        return await RUNNERS[operation](provider, ctx);
    }
    finally {
        provider.http.dispose();
    }
}

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
    return {
        debug: verbose ? (message) => line('debug: ')(debugText(message)) : () => { },
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
        const ctx = createRunContext(config, logger, secrets, env, {
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

"use strict";
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

"use strict";
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

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

"use strict";
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

"use strict";

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

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  zJ: () => (/* binding */ PastDeadlineError)
});

// UNUSED EXPORTS: MAX_ANSWER_BYTES, MAX_ERROR_BYTES, summarise

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/http/redirect.ts
var redirect = __nccwpck_require__(6790);
;// CONCATENATED MODULE: ./src/http/retry.ts
/** Backoff maths: pure, so the delays are tested without waiting. */
const DEFAULT_BACKOFF = { baseMs: 1_000, capMs: 30_000 };
/** Longest `Retry-After` we honour; a larger value is cut to this. */
const MAX_RETRY_AFTER_MS = 120_000;
/**
 * "Full jitter" exponential backoff: a random wait in [floor, min(cap, base * 2^attempt)).
 * `attempt` counts retries from 0.
 */
function backoffDelayMs(attempt, policy, random) {
    const floor = policy.floorMs ?? 0;
    const ceiling = Math.max(floor, Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
    return Math.floor(floor + random() * (ceiling - floor));
}
/**
 * Parses a `Retry-After` header: delta-seconds or an HTTP date. Returns the wait
 * in ms (capped at MAX_RETRY_AFTER_MS, never negative), or undefined when absent
 * or unreadable.
 */
function parseRetryAfter(header, nowMs) {
    if (header === undefined)
        return undefined;
    const value = header.trim();
    if (value === '')
        return undefined;
    let ms;
    if (/^\d+(\.\d+)?$/.test(value)) {
        ms = Number(value) * 1000;
    }
    else {
        const date = Date.parse(value);
        if (Number.isNaN(date))
            return undefined;
        ms = date - nowMs;
    }
    return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.ceil(ms)));
}
/** Statuses worth another try: throttling and server-side failures. */
function isRetryableStatus(status, extra = []) {
    return (status === 429 || status === 408 || (status >= 500 && status <= 599) || extra.includes(status));
}

// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __nccwpck_require__(1513);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
;// CONCATENATED MODULE: ./src/http/transport.ts
/**
 * One HTTP exchange on the wire, bounded in time and size: `timeoutMs` covers
 * the whole exchange (connecting, the headers and every byte of the body), and
 * the body is read up to `maxBodyBytes`. It always settles: a connection that
 * dies after the headers rejects instead of leaving a promise that never ends
 * (which made Node exit with code 13 and print nothing).
 */


class TransportError extends Error {
    failure;
    status;
    name = 'TransportError';
    constructor(failure, message, 
    /** the status, when the headers had arrived */
    status) {
        super(message);
        this.failure = failure;
        this.status = status;
    }
}
function exchange(request) {
    return new Promise((resolve, reject) => {
        const transport = request.url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        let answer;
        // chunks kept in a list and joined once: linear in the body's size
        const chunks = [];
        let length = 0;
        let settled = false;
        const finish = (cut, destroy = cut) => {
            if (settled || !answer)
                return;
            settled = true;
            clearTimeout(timer);
            // a cut body leaves the rest of the answer on the socket: it must not be reused
            if (destroy)
                req.destroy();
            const body = Buffer.concat(chunks, length).toString('utf8');
            resolve({ status: answer.status, headers: answer.headers, body, cut });
        };
        const fail = (failure, message) => {
            if (settled)
                return;
            // an error page needs only its status: what arrived of it is enough
            if (answer?.limit.beyond === 'cut' && failure !== 'too-large') {
                finish(true);
                return;
            }
            settled = true;
            clearTimeout(timer);
            req.destroy();
            reject(new TransportError(failure, message, answer?.status));
        };
        const timer = setTimeout(() => {
            if (answer)
                fail('slow-body', 'the answer did not finish within the timeout');
            else
                fail('no-answer', 'no answer within the timeout');
        }, request.timeoutMs);
        const req = transport.request(request.url, {
            method: request.method,
            agent: request.agent,
            headers: {
                'user-agent': 'cdnkit',
                ...request.headers,
                ...(request.body === undefined
                    ? {}
                    : { 'content-length': String(Buffer.byteLength(request.body)) }),
            },
        });
        req.on('error', (error) => {
            if (answer)
                fail('cut-off', CUT_OFF);
            else
                fail('network', error.message);
        });
        req.on('response', (res) => {
            const status = res.statusCode ?? 0;
            const limit = request.maxBodyBytes(status);
            answer = { status, headers: res.headers, limit };
            if (limit.beyond === 'skip') {
                // the status is the answer: settle now, and drain the body so the connection serves the next request
                finish(true, false);
                drainInBackground(res, request.timeoutMs);
                return;
            }
            if (limit.beyond === 'fail' && Number(res.headers['content-length']) > limit.bytes) {
                fail('too-large', tooLarge(limit));
                return;
            }
            res.on('data', (chunk) => {
                if (settled)
                    return;
                const room = limit.bytes - length;
                if (chunk.length > room && limit.beyond === 'fail') {
                    fail('too-large', tooLarge(limit));
                    return;
                }
                const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
                chunks.push(kept);
                length += kept.length;
                if (kept !== chunk)
                    finish(true);
            });
            res.on('end', () => finish(false));
            // 'error', or 'close' without 'end': the connection died mid-body
            res.on('error', () => fail('cut-off', CUT_OFF));
            res.on('close', () => {
                if (!res.complete)
                    fail('cut-off', CUT_OFF);
            });
        });
        req.end(request.body);
    });
}
const CUT_OFF = 'the connection closed before the answer was complete';
/** Most of a body nobody reads that is drained to keep its connection; a longer one closes it. */
const MAX_DRAINED_BYTES = 64 * 1024;
/**
 * Reads and drops a body whose status was the answer, so keep-alive can hand
 * the connection to the next request (a purge of thousands of URLs would
 * otherwise open a connection per request). A body that is long or slower
 * than `timeoutMs` is cut, closing the connection; the drain never keeps the
 * process alive.
 */
function drainInBackground(res, timeoutMs) {
    res.socket?.unref();
    let drained = 0;
    const stop = setTimeout(() => res.destroy(), timeoutMs);
    stop.unref();
    res.on('data', (chunk) => {
        drained += chunk.length;
        if (drained > MAX_DRAINED_BYTES)
            res.destroy();
    });
    res.on('close', () => clearTimeout(stop));
    res.on('error', () => { });
    res.resume();
}
function tooLarge(limit) {
    return `the answer is larger than ${formatBytes(limit.bytes)}; cdnkit reads no more of it`;
}
/** 8388608 -> "8 MiB", 65536 -> "64 KiB". */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / 1024 / 1024} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./src/http/client.ts






/** Longest answer read whole: lists are paged, so a few MiB is far more than any page. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** Longest part of an error answer read: its message is near the start, and only 200 characters are quoted. */
const MAX_ERROR_BYTES = 64 * 1024;
/** A request not sent because the rate limit would hold it past its `deadline`. */
class PastDeadlineError extends errors/* ProviderError */.mZ {
}
const GENERIC_REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-trace-id'];
/**
 * The one HTTP layer: timeouts, retries with full-jitter backoff and Retry-After,
 * client-side pacing, request ids and typed errors. It never logs headers or bodies.
 */
class HttpClient {
    options;
    /** the provider's id of the last response seen */
    lastRequestId;
    /** every HTTP request sent through this client */
    requestsSent = 0;
    /** used for its connection pool and proxy support (HTTPS_PROXY, NO_PROXY) only */
    http;
    baseUrl;
    /** request -> the tick it was last signed in (see `authorizeTickMs`) */
    signedTicks = new Map();
    constructor(options) {
        this.options = options;
        this.baseUrl = new URL(options.baseUrl ?? options.protocol.baseUrl);
        this.http = new lib/* HttpClient */.Qq('cdnkit', [], { keepAlive: true });
    }
    get provider() {
        return this.options.protocol.provider;
    }
    /** Sends a JSON request, retrying and pacing as configured; throws ProviderError. */
    async request(request) {
        const { timing, maxRetries, protocol, logger } = this.options;
        const url = this.url(request);
        const body = request.body === undefined ? undefined : JSON.stringify(request.body);
        const action = `${request.method} ${url.pathname}`;
        // only the current tick's keys are kept (freshTick), so whole bodies are cheap keys
        const replayKey = request.authorizeTickMs
            ? `${action}\n${url.search}\n${body ?? ''}`
            : undefined;
        for (let attempt = 0;; attempt++) {
            const settle = await this.acquire(request, action);
            let outcome;
            if (replayKey && request.authorizeTickMs) {
                await this.freshTick(replayKey, request.authorizeTickMs);
            }
            // nothing awaits between here and `authorize`: the signature carries this tick
            const signedAt = timing.now();
            try {
                outcome = await this.send(request, url, body, action, signedAt);
            }
            catch (error) {
                outcome = { error: this.networkError(error, action) };
            }
            finally {
                settle();
            }
            if ('response' in outcome)
                return { ...outcome.response, attempts: attempt + 1 };
            const error = outcome.error.withAttempts(attempt + 1);
            const retryable = error.details.retryable &&
                (request.retry !== 'throttled-only' || error.details.throttled === true);
            if (!retryable || attempt >= maxRetries)
                throw error;
            const delay = this.retryDelay(error, attempt) * timing.scale;
            // a retry that could only start after the deadline is not worth waiting for
            if (request.deadline !== undefined && timing.now() + delay > request.deadline)
                throw error;
            logger.info(`${protocol.provider}: ${action} answered ${error.status ?? 'a network error'}; retry ${attempt + 1} of ${maxRetries} in ${(delay / 1000).toFixed(1)} s`);
            await timing.sleep(delay);
        }
    }
    /** Frees sockets kept alive, so the process can exit at once. */
    dispose() {
        this.http.dispose();
    }
    /** Waits for the pacer, or fails at once when the window opens after `request.deadline`. */
    acquire(request, action) {
        const { timing, protocol, logger, pacer } = this.options;
        const limits = request.limits ?? [];
        const { deadline } = request;
        if (deadline !== undefined) {
            const now = timing.now();
            const start = pacer.earliestStart(limits, now);
            if (start > deadline) {
                throw new PastDeadlineError(protocol.provider, `the rate limit allows the next ${action} in ${Math.ceil((start - now) / timing.scale / 1000)} s, after the deadline`, { action, throttled: true, retryable: false });
            }
        }
        return pacer.acquire(limits, (ms) => {
            // a long silence in the log reads as a hang: say why we wait
            if (ms >= 1000 * timing.scale) {
                logger.info(`${protocol.provider}: waiting ${(ms / timing.scale / 1000).toFixed(0)} s for the rate limit before ${action}`);
            }
        });
    }
    /**
     * Waits into a tick in which the request `key` was not signed yet, and
     * claims it. Only the current tick's claims are kept: older ones cannot collide.
     */
    async freshTick(key, tickMs) {
        const { timing } = this.options;
        const last = this.signedTicks.get(key);
        if (last !== undefined && Math.floor(timing.now() / tickMs) <= last) {
            await timing.sleep((last + 1) * tickMs - timing.now());
        }
        const tick = Math.floor(timing.now() / tickMs);
        for (const [seen, at] of this.signedTicks)
            if (at < tick)
                this.signedTicks.delete(seen);
        this.signedTicks.set(key, tick);
    }
    url(request) {
        const base = this.baseUrl.href.replace(/\/+$/, '');
        const url = new URL(base + request.path);
        for (const [key, value] of Object.entries(request.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        return url;
    }
    async send(request, url, body, action, signedAt) {
        const { protocol, logger } = this.options;
        const ignoreBody = request.responseBody === 'ignored';
        const headers = {
            accept: ignoreBody ? '*/*' : 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...request.headers,
        };
        const auth = request.authorize?.({ method: request.method, url, body, headers, signedAt }) ?? {};
        const started = this.options.timing.now();
        this.requestsSent++;
        // redirects are never followed: a 3xx is an answer like any other non-2xx
        const response = await exchange({
            method: request.method,
            url,
            headers: { ...headers, ...auth },
            body,
            agent: this.http.getAgent(url.href),
            timeoutMs: this.options.timeoutMs,
            maxBodyBytes: (status) => bodyLimit(status, ignoreBody),
        });
        const { status, body: text, headers: responseHeaders } = response;
        const requestId = this.requestIdOf(responseHeaders);
        if (requestId)
            this.lastRequestId = requestId;
        logger.debug(`${protocol.provider}: ${action} -> ${status} in ${Math.round(this.options.timing.now() - started)} ms${requestId ? ` (request id ${requestId})` : ''}`);
        const success = status >= 200 && status <= 299;
        if (success && ignoreBody) {
            return {
                response: {
                    status,
                    body: undefined,
                    requestId,
                    headers: responseHeaders,
                    attempts: 1,
                },
            };
        }
        const parsed = parseJson(text);
        const fail = (message, extra = {}) => ({
            error: new errors/* ProviderError */.mZ(protocol.provider, this.options.secrets.redact(message), {
                status,
                requestId,
                action,
                ...extra,
            }),
        });
        if (status >= 300 && status <= 399) {
            return fail((0,redirect/* redirectMessage */.O)(header(responseHeaders, 'location'), url), { retryable: false });
        }
        if (!success) {
            const { message, code } = parsed.ok ? protocol.errorMessage(parsed.value) : {};
            const throttled = status === 429 || (protocol.throttleStatuses ?? []).includes(status);
            // redacted before the excerpt changes white space or strips tags around a secret
            const excerpt = summarise(this.options.secrets.redact(text));
            return fail(message ?? (excerpt || `HTTP ${status}`), {
                code,
                throttled,
                retryable: throttled || isRetryableStatus(status),
                retryAfterMs: parseRetryAfter(header(responseHeaders, 'retry-after'), this.options.timing.now()),
            });
        }
        if (!parsed.ok) {
            return fail(`the response is not valid JSON (${text.length} bytes)`);
        }
        for (const field of request.secretFields ?? []) {
            const secret = fieldAt(parsed.value, field);
            if (typeof secret === 'string')
                this.options.secrets.add(secret);
        }
        if (protocol.failureIn?.(parsed.value)) {
            const { message, code } = protocol.errorMessage(parsed.value);
            return fail(message ?? 'the provider reported a failure without a message', { code });
        }
        let answer = parsed.value;
        if (request.shape) {
            try {
                answer = (0,shape/* readShape */._f)(request.shape, parsed.value);
            }
            catch (error) {
                if (!(error instanceof shape/* ShapeError */.ym))
                    throw error;
                return fail(error.message);
            }
        }
        return {
            response: {
                status,
                body: answer,
                requestId,
                headers: responseHeaders,
                attempts: 1,
            },
        };
    }
    retryDelay(error, attempt) {
        const { protocol, timing } = this.options;
        if (error.details.retryAfterMs !== undefined)
            return error.details.retryAfterMs;
        const policy = error.details.throttled && protocol.throttleBackoff
            ? protocol.throttleBackoff
            : (this.options.backoff ?? DEFAULT_BACKOFF);
        return backoffDelayMs(attempt, policy, timing.random);
    }
    /** A failed exchange as a ProviderError: each kind retryable except a too-large answer. */
    networkError(error, action) {
        const seconds = `${this.options.timeoutMs / 1000} s (input 'timeout')`;
        const failure = error instanceof TransportError ? error.failure : 'network';
        const reason = this.options.secrets.redact(error instanceof Error ? error.message : String(error));
        const messages = {
            'no-answer': `no answer within ${seconds}`,
            'slow-body': `the answer did not finish within ${seconds}`,
            'cut-off': reason,
            'too-large': reason,
            network: `network error: ${reason}`,
        };
        return new errors/* ProviderError */.mZ(this.options.protocol.provider, messages[failure], {
            action,
            status: error instanceof TransportError ? error.status : undefined,
            retryable: failure !== 'too-large',
            transport: failure === 'no-answer' || failure === 'slow-body'
                ? 'timeout'
                : failure === 'too-large'
                    ? 'too-large'
                    : 'network',
        });
    }
    requestIdOf(headers) {
        for (const name of [...this.options.protocol.requestIdHeaders, ...GENERIC_REQUEST_ID_HEADERS]) {
            const value = header(headers, name);
            if (value)
                return value;
        }
        return undefined;
    }
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function parseJson(text) {
    if (text.trim() === '')
        return { ok: true, value: undefined };
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
/** The value at a dotted path of own properties, e.g. `data.secret_key`. */
function fieldAt(value, path) {
    let at = value;
    for (const key of path.split('.')) {
        if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key))
            return undefined;
        at = at[key];
    }
    return at;
}
/** How much of an answer is read: 2xx whole (or not at all), error pages in part. */
function bodyLimit(status, ignoreBody) {
    if (status < 200 || status > 299)
        return { bytes: MAX_ERROR_BYTES, beyond: 'cut' };
    return ignoreBody ? { bytes: 0, beyond: 'skip' } : { bytes: MAX_ANSWER_BYTES, beyond: 'fail' };
}
/** Longest excerpt of an error page quoted in a message. */
const EXCERPT_LENGTH = 200;
/**
 * A short, single-line excerpt of a non-JSON error body (HTML error pages,
 * proxies), in linear time: a tag ends at the next `<` or `>`, so no match
 * rescans the text after it, and only the first 16 KiB are looked at.
 */
function summarise(text) {
    const plain = text
        .slice(0, 16 * 1024)
        .replace(/<[^<>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH)}…` : plain;
}


/***/ }),

/***/ 2130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

"use strict";
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

"use strict";
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

/***/ 6790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ redirectMessage)
/* harmony export */ });
/**
 * Redirects are never followed (neither `exchange` nor the GitHub client's
 * fetch follows one): credentials and bodies go only where the configured
 * base URL points. The message names the host the redirect led to, not the
 * whole Location, which may carry a token. The advice comes from the hint
 * table (src/hints.ts).
 */
function redirectMessage(location, from) {
    let host;
    try {
        host = location === undefined ? undefined : new URL(location, from).host;
    }
    catch {
        host = 'an unreadable address';
    }
    return `answered a redirect${host ? ` to ${host}` : ''}, which cdnkit does not follow`;
}


/***/ }),

/***/ 1513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

/***/ 8543:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ storeStep),
/* harmony export */   LF: () => (/* binding */ deleteOldStep),
/* harmony export */   P3: () => (/* binding */ storedIn),
/* harmony export */   qm: () => (/* binding */ runRotation),
/* harmony export */   rd: () => (/* binding */ rotatedName),
/* harmony export */   yS: () => (/* binding */ rotationState)
/* harmony export */ });
/* unused harmony export describeState */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9957);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8992);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8543);




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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ ENDPOINTS)
/* harmony export */ });
/** Every CDNetworks path cdnkit calls, in one place so they are easy to correct. */
const ENDPOINTS = {
    purge: '/ccm/purge/ItemIdReceiver',
    purgeStatus: '/ccm/purge/ItemIdQuery',
    prefetch: '/ccm/fetch/ItemIdReceiver',
    prefetchStatus: '/ccm/fetch/ItemIdQuery',
    quota: '/ccm/purge/quota',
};


/***/ }),

/***/ 4787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ pollIntervalMs),
/* harmony export */   CH: () => (/* binding */ MAX_URLS_PER_PREFETCH),
/* harmony export */   PV: () => (/* binding */ CDNETWORKS_BASE_URL),
/* harmony export */   Wg: () => (/* binding */ THROTTLE_STATUSES),
/* harmony export */   YU: () => (/* binding */ MAX_ITEMS_PER_PURGE),
/* harmony export */   dX: () => (/* binding */ DEFAULT_DAILY_QUOTA),
/* harmony export */   hX: () => (/* binding */ endpointLimit),
/* harmony export */   jo: () => (/* binding */ accountLimit),
/* harmony export */   nJ: () => (/* binding */ STATUS_PAGE_SIZE),
/* harmony export */   oE: () => (/* binding */ MAX_DIR_LENGTH),
/* harmony export */   qL: () => (/* binding */ THROTTLE_BACKOFF)
/* harmony export */ });
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3809);

/** CDNetworks' published per-call and per-account limits (documents.cdnetworks.com: API introduction, Content Management API pages). */
const CDNETWORKS_BASE_URL = 'https://api.cdnetworks.com';
/** One purge call carries at most 500 `urls` and `dirs` together. */
const MAX_ITEMS_PER_PURGE = 500;
const MAX_URLS_PER_PREFETCH = 400;
/** `dirs` entries are at most 1000 characters (URLs: 2000, checked for every provider). */
const MAX_DIR_LENGTH = 1000;
/** Entries per page when reading a task's status. */
const STATUS_PAGE_SIZE = 50;
/**
 * Default daily purge quota per account (cdnetworks.md, "Purge": 5,000 URLs and
 * 500 dirs, adjustable by CDNetworks); `check-quota` reads what is left.
 */
const DEFAULT_DAILY_QUOTA = { urls: 5000, prefixes: 500 };
/** Five minutes plus 10 s of margin for clock skew and latency between us and CDNetworks. */
const FIVE_MINUTES = 310_000;
/** 300 API requests per 5 minutes per account, whatever the endpoint. */
const accountLimit = (account) => ({
    key: `cdnetworks:account:${account}`,
    requests: 300,
    windowMs: FIVE_MINUTES,
});
/**
 * Calls per user per 5 minutes, by interface, from each API page's "single
 * user call frequency" (documents.cdnetworks.com, Content Management API:
 * Purge, QueryPurgeStatus, QueryPrefetchStatus). They are stricter than the
 * seed's general "30 per 5 minutes per interface", which holds for the rest.
 */
const CALLS_PER_WINDOW = {
    [_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINTS */ .H.purge]: 10,
    [_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINTS */ .H.purgeStatus]: 10,
    [_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINTS */ .H.prefetchStatus]: 1,
};
const DEFAULT_CALLS_PER_WINDOW = 30;
/** The limit of one interface (path) for one account. */
const endpointLimit = (account, path) => ({
    key: `cdnetworks:endpoint:${account}:${path}`,
    requests: CALLS_PER_WINDOW[path] ?? DEFAULT_CALLS_PER_WINDOW,
    windowMs: FIVE_MINUTES,
});
/** 429, and 446 `WPLUS_AccountApiTooFrequence`: both mean "slow down". */
const THROTTLE_STATUSES = [429, 446];
/** A throttled account waits for its 5-minute window to move: tens of seconds at least. */
const THROTTLE_BACKOFF = { floorMs: 20_000, baseMs: 40_000, capMs: 120_000 };
/**
 * How often `wait` polls a kind of task: no faster than its status interface
 * allows one read (purge status 10, prefetch status 1 per 5 minutes). Pacing
 * still spaces the reads when a poll needs several.
 */
const pollIntervalMs = (path) => Math.ceil(FIVE_MINUTES / (CALLS_PER_WINDOW[path] ?? DEFAULT_CALLS_PER_WINDOW));


/***/ }),

/***/ 5076:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __nccwpck_require__(1944);
;// CONCATENATED MODULE: ./src/providers/http.ts

/** A provider's HTTP client for this run: its protocol, the run's inputs, clock, pacer and secrets. */
function providerHttpClient(ctx, protocol) {
    const { config } = ctx;
    return new client/* HttpClient */.Qq({
        protocol,
        baseUrl: config.apiUrl,
        timeoutMs: config.timeoutSeconds * 1000,
        maxRetries: config.maxRetries,
        timing: ctx.timing,
        pacer: ctx.pacer,
        logger: ctx.logger,
        secrets: ctx.secrets,
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/sign.ts
/**
 * CDNetworks request signing, both methods, as pure functions of their inputs
 * (documents.cdnetworks.com authentication pages; the official Go SDK
 * cdnetworks-api/cdnetworks-sdk-go, common/auth/aksk_auth.go): the caller
 * supplies the clock and the exact body bytes.
 */

const AKSK_ALGORITHM = 'CNC-HMAC-SHA256';
const SIGNED_HEADERS = 'content-type;host';
/** RFC 1123 date with English names and a literal GMT, as API-Key auth signs it. */
function rfc1123Date(nowMs) {
    return new Date(nowMs).toUTCString();
}
/** API-Key auth: `Date` plus `Authorization: Basic base64(username:base64(HMAC-SHA1(key, date)))`. */
function apiKeyAuthorization(username, apiKey, date) {
    const password = (0,external_node_crypto_.createHmac)('sha1', apiKey).update(date, 'utf8').digest('base64');
    const basicCredential = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    return {
        headers: { date, authorization: `Basic ${basicCredential}` },
        password,
        basicCredential,
    };
}
/** Lowercase hex SHA-256 of the body bytes; the empty body for GET and for none. */
function payloadHash(method, body) {
    const bytes = method.toUpperCase() === 'GET' || body === undefined ? '' : body;
    return sha256Hex(bytes);
}
/** Empty for POST; otherwise the raw query percent-decoded, in the order sent. */
function canonicalQuery(method, url) {
    if (method.toUpperCase() === 'POST')
        return '';
    const raw = url.search.replace(/^\?/, '');
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return raw;
    }
}
/** The canonical request: six lines, the canonical headers ending in their own newline. */
function canonicalRequest(request) {
    const headers = `content-type:${request.contentType.trim().toLowerCase()}\n` +
        `host:${request.url.host.toLowerCase()}\n`;
    return [
        request.method.toUpperCase(),
        request.url.pathname,
        canonicalQuery(request.method, request.url),
        headers,
        SIGNED_HEADERS,
        payloadHash(request.method, request.body),
    ].join('\n');
}
function stringToSign(timestamp, canonical) {
    return `${AKSK_ALGORITHM}\n${timestamp}\n${sha256Hex(canonical)}`;
}
/** AK/SK auth: HMAC-SHA256 with the secret key itself (no derived key chain). */
function akskAuthorization(accessKey, secretKey, nowMs, request) {
    const timestamp = String(Math.floor(nowMs / 1000));
    const signature = (0,external_node_crypto_.createHmac)('sha256', secretKey)
        .update(stringToSign(timestamp, canonicalRequest(request)), 'utf8')
        .digest('hex');
    return {
        signature,
        headers: {
            'x-cnc-accessKey': accessKey,
            'x-cnc-timestamp': timestamp,
            'x-cnc-auth-method': 'AKSK',
            host: request.url.host,
            'content-type': request.contentType,
            authorization: `${AKSK_ALGORITHM} Credential=${accessKey}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`,
        },
    };
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/auth.ts



const JSON_CONTENT_TYPE = 'application/json';
/**
 * The per-attempt signer for the configured auth method. Each signature (and
 * the Basic password) is a secret good for one request: it is registered
 * (addOneTime) before the request leaves.
 */
function requestSigner(credentials, secrets) {
    const { apiKey, apiSecret, username } = credentials;
    if (apiKey === undefined)
        throw new errors/* InputError */.dz('api-key', 'is required for CDNetworks');
    if (credentials.authMethod === 'aksk') {
        if (apiSecret === undefined)
            throw new errors/* InputError */.dz('api-secret', "is required with auth-method 'aksk'");
        return {
            authorize: (request) => {
                const { headers, signature } = akskAuthorization(apiKey, apiSecret, request.signedAt, {
                    method: request.method,
                    url: request.url,
                    body: request.body,
                    contentType: request.headers['content-type'] ?? JSON_CONTENT_TYPE,
                });
                secrets.addOneTime(signature);
                return headers;
            },
            tickMs: 1000,
        };
    }
    if (username === undefined)
        throw new errors/* InputError */.dz('username', "is required with auth-method 'api-key'");
    return {
        authorize: (request) => {
            const { headers, password, basicCredential } = apiKeyAuthorization(username, apiKey, rfc1123Date(request.signedAt));
            secrets.addOneTime(password);
            secrets.addOneTime(basicCredential);
            return headers;
        },
    };
}
/**
 * The account the rate limits count against: the access key or the username,
 * hashed so that no credential ends up in a pacing key.
 */
function accountKey(credentials) {
    const id = credentials.authMethod === 'aksk'
        ? `ak:${credentials.apiKey ?? ''}`
        : `user:${credentials.username ?? ''}`;
    return (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: ./src/http/shape.ts
var http_shape = __nccwpck_require__(1513);
// EXTERNAL MODULE: ./src/targets/list.ts
var list = __nccwpck_require__(9936);
// EXTERNAL MODULE: ./src/providers/cdnetworks/endpoints.ts
var endpoints = __nccwpck_require__(3809);
// EXTERNAL MODULE: ./src/providers/cdnetworks/limits.ts
var cdnetworks_limits = __nccwpck_require__(4787);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/protocol.ts

/**
 * CDNetworks errors: `{ code, message }` with a 4xx status, or a 200 answer
 * whose `Code` is 0 with the reason in `Message`. The code (`NoSuchDomain`,
 * `WPLUS_AccountApiTooFrequence`…) is what support asks for, so it is shown.
 */
function cdnetworksErrorMessage(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const record = body;
    const code = nonEmpty(record.code);
    const message = nonEmpty(record.message) ?? nonEmpty(record.Message);
    if (message === undefined)
        return code === undefined ? {} : { message: code, code };
    return { message: code === undefined ? message : `${message} (${code})`, code };
}
/** `Code` 0 (number or string) in a 200 answer is a failure. */
function cdnetworksFailureIn(body) {
    if (typeof body !== 'object' || body === null)
        return false;
    const code = body.Code;
    return code === 0 || code === '0';
}
/** `Code` 1 (number or string) is success. */
function isSuccessCode(code) {
    return code === 1 || code === '1';
}
const cdnetworksProtocol = {
    provider: 'cdnetworks',
    baseUrl: cdnetworks_limits/* CDNETWORKS_BASE_URL */.PV,
    requestIdHeaders: ['x-cnc-request-id'],
    errorMessage: cdnetworksErrorMessage,
    failureIn: cdnetworksFailureIn,
    throttleStatuses: cdnetworks_limits/* THROTTLE_STATUSES */.Wg,
    throttleBackoff: cdnetworks_limits/* THROTTLE_BACKOFF */.qL,
};
function nonEmpty(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/quota.ts

/** CDNetworks' daily purge quota, as `POST /ccm/purge/quota` reports it (numbers, or strings of digits). */
const QUOTA = (0,http_shape/* object */.Ik)({
    urlQuota: http_shape/* numeric */.sH,
    remainingUrlQuota: http_shape/* numeric */.sH,
    dirQuota: http_shape/* numeric */.sH,
    remainingDirQuota: http_shape/* numeric */.sH,
});

// EXTERNAL MODULE: ./src/hostnames.ts + 1 modules
var hostnames = __nccwpck_require__(5851);
// EXTERNAL MODULE: ./src/targets/url.ts
var targets_url = __nccwpck_require__(6591);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/targets.ts





const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/**
 * The domains `resource` names: hostnames (or `https://host/`), comma-separated.
 * CDNetworks purges by full URL, so the domain is only needed for bare paths and purge-all.
 */
function parseDomains(resource) {
    if (resource === undefined)
        return [];
    const domains = resource
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
        .map((entry) => {
        // an IDN (bücher.example) in its ASCII form, as the URLs' hosts are
        const host = /^https?:\/\//i.test(entry) ? hostOfRoot(entry) : (0,hostnames/* asciiHostname */.r)(entry);
        if (host === undefined || !HOSTNAME.test(host)) {
            throw new errors/* InputError */.dz('resource', `'${entry.slice(0, 80)}' is not a domain; give the CDN hostname(s), e.g. cdn.example.com, comma-separated`);
        }
        return host;
    });
    return [...new Set(domains)];
}
/**
 * urls -> `urls`, prefixes -> `dirs`, purge-all -> the root dir of every domain.
 * Dirs take the documented form, which "must start with 'http://domain name/'
 * and end with '/'" (cdnetworks-sdk-go cacherefresh/models.go PurgeRequest.Dirs).
 */
function purgeItems(targets, domains) {
    if (targets.purgeAll) {
        if (domains.length === 0) {
            throw new errors/* InputError */.dz('resource', 'is required for purge-all on CDNetworks: name the domain(s) to purge entirely, comma-separated');
        }
        return domains.map((domain) => {
            const root = `http://${domain}/`;
            return { kind: 'dir', value: root, original: root };
        });
    }
    return [
        ...targets.urls.map((url) => ({ kind: 'url', value: fullUrl(url, domains, 'urls'), original: url })),
        ...targets.prefixes.map((prefix) => ({ kind: 'dir', value: toDir(prefix, domains), original: prefix })),
    ];
}
/** A full URL; a bare path is put on the one domain `resource` names. */
function fullUrl(target, domains, input) {
    if (!target.startsWith('/'))
        return target;
    if (domains.length !== 1) {
        throw new errors/* InputError */.dz('resource', domains.length === 0
            ? `is required for paths without a host such as '${(0,src_text/* preview */.VH)(target)}' (input '${input}'): set it to the domain, e.g. cdn.example.com, or give full URLs`
            : `names ${domains.length} domains, so '${(0,src_text/* preview */.VH)(target)}' (input '${input}') is ambiguous: give full URLs, or one domain`);
    }
    const url = `https://${domains[0]}${target}`;
    if (url.length > targets_url/* MAX_URL_LENGTH */.m2) {
        throw new errors/* InputError */.dz(input, `'${(0,src_text/* preview */.VH)(target)}' becomes ${url.length} characters with its domain; at most ${targets_url/* MAX_URL_LENGTH */.m2} are allowed`);
    }
    return url;
}
/** A directory to purge: `/images/*` and `/images/` both become `http://<domain>/images/`. */
function toDir(prefix, domains) {
    const url = fullUrl(prefix, domains, 'prefixes').replace(/^https?:\/\//i, 'http://');
    const dir = url.endsWith('/*') ? url.slice(0, -1) : url;
    if (dir.includes('*')) {
        throw new errors/* InputError */.dz('prefixes', `'${(0,src_text/* preview */.VH)(prefix)}': CDNetworks purges whole directories, not wildcard patterns; use '/dir/' or '/dir/*'`);
    }
    if (!dir.endsWith('/')) {
        throw new errors/* InputError */.dz('prefixes', `'${(0,src_text/* preview */.VH)(prefix)}' must end in '/' or '/*': CDNetworks purges directories`);
    }
    if (dir.length > cdnetworks_limits/* MAX_DIR_LENGTH */.oE) {
        throw new errors/* InputError */.dz('prefixes', `'${(0,src_text/* preview */.VH)(prefix)}' is ${dir.length} characters as a directory URL; at most ${cdnetworks_limits/* MAX_DIR_LENGTH */.oE} are allowed`);
    }
    return dir;
}
function hostOfRoot(entry) {
    try {
        const url = new URL(entry);
        return url.pathname === '/' && !url.search && !url.port ? url.hostname : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __nccwpck_require__(9164);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/tasks.ts



/** One URL or directory of a task, as ItemIdQuery lists it. */
const RESULT_DETAIL = (0,http_shape/* object */.Ik)({ url: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), status: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), isDir: http_shape/* unknown */.L5 });
/** An ItemIdQuery answer: the task's size and one page of its entries. */
const QUERY_ANSWER = (0,http_shape/* object */.Ik)({
    count: (0,http_shape/* optional */.lq)((0,http_shape/* either */.gP)(http_shape/* numeric */.sH, http_shape/* string */.Yj)),
    resultDetail: (0,http_shape/* optional */.lq)((0,http_shape/* array */.YO)(RESULT_DETAIL)),
});
/** ItemIdQuery's words -> ours; anything unknown is still pending. */
const ENTRY_STATES = {
    success: 'done',
    failure: 'failed',
    wait: 'pending',
    run: 'pending',
};
function entryState(entry) {
    return (0,http_shape/* lookup */.$I)(ENTRY_STATES, entry.status) ?? 'pending';
}
/**
 * A task is done when every entry succeeded, failed when any failed, else
 * pending. `entries` may be the first pages only (`count` is the task's size):
 * enough to know that it is not done yet.
 */
function taskStatusOf(id, entries, count = entries.length) {
    if (entries.length === 0)
        return { id, state: 'pending', detail: 'not listed by CDNetworks yet' };
    const total = Math.max(count, entries.length);
    const failed = entries.filter((entry) => entryState(entry) === 'failed');
    if (failed.length > 0) {
        const atLeast = entries.length < total ? 'at least ' : '';
        const example = failed[0]?.url ? `, e.g. ${failed[0].url}` : '';
        return {
            id,
            state: 'failed',
            detail: `${atLeast}${failed.length} of ${total} failed${example}`,
        };
    }
    if (entries.length < total)
        return { id, state: 'pending', detail: `in progress (${total} entries)` };
    const done = entries.filter((entry) => entryState(entry) === 'done').length;
    return {
        id,
        state: done === total ? 'done' : 'pending',
        detail: `${done} of ${total} finished`,
    };
}
/** A task holds at most this many entries (500 urls + dirs a call), so this many pages. */
const MAX_STATUS_PAGES = Math.ceil(cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU / cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ) + 1;
/**
 * A task's state in as few reads as the status interfaces' small budgets
 * allow. The first page (with `count`) settles a small task, or one not done
 * yet. A larger task whose first page finished is counted instead of read in
 * full: entries with `status: success`, then `failure` (the documented filter,
 * cdnetworks-sdk-go cacherefresh/models.go GetPurgeStatusRequest.Status). Should
 * an answer show the filter was ignored, the remaining pages are read.
 */
async function readTaskStatus(itemId, query) {
    const first = page(await query({ itemId, pageNo: 1, pageSize: cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ }));
    const count = first.count ?? first.entries.length;
    if (first.entries.length >= count ||
        first.entries.some((entry) => entryState(entry) !== 'done')) {
        return taskStatusOf(itemId, first.entries, count);
    }
    const succeeded = await countOf(itemId, 'success', query);
    if (succeeded !== undefined) {
        if (succeeded.count >= count)
            return { id: itemId, state: 'done', detail: `${count} of ${count} finished` };
        const failed = await countOf(itemId, 'failure', query);
        if (failed !== undefined) {
            if (failed.count === 0)
                return {
                    id: itemId,
                    state: 'pending',
                    detail: `${succeeded.count} of ${count} finished`,
                };
            const example = failed.example ? `, e.g. ${failed.example}` : '';
            return {
                id: itemId,
                state: 'failed',
                detail: `${failed.count} of ${count} failed${example}`,
            };
        }
    }
    return readAllPages(itemId, first.entries, count, query);
}
/** How many entries have `status`, or undefined when the answer ignored the filter. */
async function countOf(itemId, status, query) {
    const answer = page(await query({ itemId, pageNo: 1, pageSize: 1, status }));
    const [entry] = answer.entries;
    if (answer.count === undefined || (entry && entry.status !== status))
        return undefined;
    return { count: answer.count, example: entry?.url };
}
/** Pages 2… (readPages), until the task's `count`, a page with an unfinished entry, or a repeat. */
async function readAllPages(itemId, firstPage, count, query) {
    let index = 0;
    const list = await (0,pages/* readPages */.n)(async (pageNo) => {
        // page 1 is in hand already
        if (pageNo === 1)
            return { items: firstPage, total: count };
        const { entries } = page(await query({ itemId, pageNo, pageSize: cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ }));
        return { items: entries, total: count };
    }, 
    // a task lists each URL or directory once: a page of the same entries is a repeat
    (entry) => (entry.url === undefined ? `entry ${index++}` : `${entry.url} ${entry.status}`), { maxPages: MAX_STATUS_PAGES, maxItems: cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU, pageSize: cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ }, (entries) => entries.some((entry) => entryState(entry) !== 'done'));
    return taskStatusOf(itemId, list.items, count);
}
/** An ItemIdQuery answer read through its shape (the status query's answer is unknown until here). */
function page(body) {
    const { count, resultDetail } = (0,http_shape/* readShape */._f)(QUERY_ANSWER, body);
    const total = Number(count);
    return {
        entries: resultDetail ?? [],
        count: count === undefined || !Number.isFinite(total) ? undefined : total,
    };
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/time-model.ts


/**
 * CDNetworks purges of one account: one call carries up to 500 `urls` and
 * `dirs` together, except with `purge-action: delete`, where dirs travel in
 * calls of their own (cdn.ts), so a refused dir delete cannot take URLs down.
 * Every call counts against the purge interface (10 per 5 minutes) and the
 * account (300 per 5 minutes): the windows of limits.ts, which the client sends with.
 */
function cdnetworksPurgeModel(account, purgeAction) {
    const limits = [(0,cdnetworks_limits/* accountLimit */.jo)(account), (0,cdnetworks_limits/* endpointLimit */.hX)(account, endpoints/* ENDPOINTS */.H.purge)];
    return {
        provider: 'cdnetworks',
        byUrl: { name: 'purge URLs', itemsPerRequest: cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU, limits },
        byPrefix: { name: 'purge dirs', itemsPerRequest: cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU, limits },
        mixed: purgeAction !== 'delete',
        dailyQuota: cdnetworks_limits/* DEFAULT_DAILY_QUOTA */.dX,
        prefix: {
            // a directory purge refreshes every file below it (documents.cdnetworks.com/document/15915)
            write: (directory) => directory,
            accepts: (directory) => !directory.includes('*') && directory.length <= cdnetworks_limits/* MAX_DIR_LENGTH */.oE,
        },
        sources: [
            'cdnetworks.md: 500 urls + dirs per purge call',
            'cdnetworks.md: purge calls 10 per 5 minutes per user; 300 API calls per 5 minutes per account',
            'cdnetworks.md: default daily quota 5,000 URLs and 500 dirs (check-quota reads what is left)',
            'windows are 310 s: five minutes plus 10 s of margin (src/providers/cdnetworks/limits.ts)',
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/cdn.ts










/** The purge and prefetch answer: `Code` 1 and the task's `itemId`, or `Code` 0 and why. */
const RECEIVER_ANSWER = (0,http_shape/* object */.Ik)({
    Code: (0,http_shape/* optional */.lq)((0,http_shape/* either */.gP)(http_shape/* number */.ai, http_shape/* string */.Yj)),
    Message: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    itemId: (0,http_shape/* optional */.lq)((0,http_shape/* either */.gP)(http_shape.id, (0,http_shape/* map */.Tj)((0,http_shape/* word */.Vm)(['']), () => undefined))),
});
/** The permission `dirAction: delete` needs, as a refusal of it is explained. */
const DIR_DELETE_HINT = "Directory delete (dirAction 'delete') needs a permission CDNetworks does not open by default: ask CDNetworks support to enable it, or use purge-action 'expire' or 'default' for prefixes";
/** Purge, prefetch, task status and quota of one CDNetworks account. */
class CdnetworksCdn {
    http;
    options;
    pollIntervalMs = (0,cdnetworks_limits/* pollIntervalMs */.Bg)(endpoints/* ENDPOINTS */.H.purgeStatus);
    statusPace = {
        purge: { intervalMs: (0,cdnetworks_limits/* pollIntervalMs */.Bg)(endpoints/* ENDPOINTS */.H.purgeStatus) },
        prefetch: {
            intervalMs: (0,cdnetworks_limits/* pollIntervalMs */.Bg)(endpoints/* ENDPOINTS */.H.prefetchStatus),
            note: "CDNetworks lets a prefetch's status be read once every 5 minutes",
        },
    };
    settled = new Map();
    constructor(http, options) {
        this.http = http;
        this.options = options;
    }
    /** CDNetworks purges by full URL: there is nothing to look up. */
    resolveResource() {
        return Promise.resolve(this.unresolvedResource());
    }
    unresolvedResource() {
        return { id: this.options.domains.join(', ') || 'domains of the URLs' };
    }
    /** Purge calls take their batch size and windows from the time model the planner uses. */
    purgeModel(_resource) {
        return cdnetworksPurgeModel(this.options.account, this.options.purgeAction);
    }
    /** CDNetworks purges full URLs: a bare path goes on the one domain `resource` names. */
    purgeKey(target, _resource) {
        try {
            return fullUrl(target, this.options.domains, 'urls');
        }
        catch {
            return undefined;
        }
    }
    /**
     * At most 500 urls and dirs a call. With `purge-action: delete` dirs go in
     * calls of their own: their delete needs a permission that is off by
     * default, and a refused dir call must not take URLs down with it.
     */
    planPurge(targets, resource) {
        const model = this.purgeModel(resource);
        const items = purgeItems(targets, this.options.domains);
        const groups = model.mixed
            ? [items]
            : [items.filter((item) => item.kind === 'url'), items.filter((item) => item.kind === 'dir')];
        return groups.flatMap((group) => (0,list/* batch */.vA)(group, model.byUrl.itemsPerRequest).map((chunk) => this.purgeRequest(chunk, model)));
    }
    purgeRequest(chunk, model) {
        const action = this.options.purgeAction;
        const urls = chunk.filter((item) => item.kind === 'url').map((item) => item.value);
        const dirs = chunk.filter((item) => item.kind === 'dir').map((item) => item.value);
        const body = {
            ...(urls.length > 0 ? { urls, urlAction: action } : {}),
            ...(dirs.length > 0 ? { dirs, dirAction: action } : {}),
        };
        return {
            kind: urls.length === 0
                ? model.byPrefix.name
                : dirs.length === 0
                    ? model.byUrl.name
                    : 'purge URLs and dirs',
            method: 'POST',
            path: endpoints/* ENDPOINTS */.H.purge,
            body,
            items: chunk.map((item) => item.original),
            // the same windows as this.limits(ENDPOINTS.purge): the purge interface and the account
            limits: model.byUrl.limits,
        };
    }
    planPrefetch(urls, _resource) {
        const full = urls.map((url) => fullUrl(url, this.options.domains, 'urls'));
        return (0,list/* batch */.vA)(full.map((url, i) => [url, urls[i]]), cdnetworks_limits/* MAX_URLS_PER_PREFETCH */.CH).map((chunk) => ({
            kind: 'prefetch',
            method: 'POST',
            path: endpoints/* ENDPOINTS */.H.prefetch,
            body: { urls: chunk.map(([url]) => url), isRange: 0 },
            items: chunk.map(([, original]) => original),
            limits: this.limits(endpoints/* ENDPOINTS */.H.prefetch),
        }));
    }
    /**
     * With `check-quota`: what the daily purge quota has left, read before the
     * purge is planned (the plan must fit it); undefined without `check-quota`.
     */
    async remainingQuota() {
        if (!this.options.checkQuota)
            return undefined;
        const { body: quota } = await this.post(endpoints/* ENDPOINTS */.H.quota, {}, QUOTA);
        return {
            urls: quota.remainingUrlQuota,
            prefixes: quota.remainingDirQuota,
            dailyUrls: quota.urlQuota,
            dailyPrefixes: quota.dirQuota,
        };
    }
    async send(request) {
        let response;
        try {
            response = await this.post(request.path, request.body, RECEIVER_ANSWER, request.limits);
        }
        catch (error) {
            throw withDirDeleteHint(error, request);
        }
        const { Code, Message, itemId } = response.body;
        if (!isSuccessCode(Code)) {
            const said = Message ? `: ${Message}` : '';
            throw withDirDeleteHint(this.error(response, request.path, `answered Code ${String(Code)}${said}`), request);
        }
        return { taskIds: itemId === undefined ? [] : [itemId], attempts: response.attempts };
    }
    /**
     * Done and failed tasks stay so: they are read once, which spares the
     * status interfaces' budgets (10 purge and 1 prefetch status reads per 5 minutes).
     */
    async taskStatus(taskIds, _resource, kind, options = {}) {
        const path = kind === 'purge' ? endpoints/* ENDPOINTS */.H.purgeStatus : endpoints/* ENDPOINTS */.H.prefetchStatus;
        const query = async (body) => (await this.http.request({
            method: 'POST',
            path,
            body,
            limits: this.limits(path),
            authorize: this.options.sign.authorize,
            authorizeTickMs: this.options.sign.tickMs,
            deadline: options.deadline,
            shape: QUERY_ANSWER,
        })).body;
        const statuses = [];
        for (const id of taskIds) {
            const key = `${kind}:${id}`;
            const status = this.settled.get(key) ?? (await readTaskStatus(id, query));
            if (status.state !== 'pending')
                this.settled.set(key, status);
            statuses.push(status);
        }
        return statuses;
    }
    post(path, body, shape, limits = this.limits(path)) {
        return this.http.request({
            method: 'POST',
            path,
            body,
            limits,
            shape,
            authorize: this.options.sign.authorize,
            authorizeTickMs: this.options.sign.tickMs,
        });
    }
    /** Every call counts against the account and against its own interface. */
    limits(path) {
        return [(0,cdnetworks_limits/* accountLimit */.jo)(this.options.account), (0,cdnetworks_limits/* endpointLimit */.hX)(this.options.account, path)];
    }
    error(response, path, message) {
        return new errors/* ProviderError */.mZ('cdnetworks', message, {
            status: response.status,
            requestId: response.requestId,
            action: `POST ${path}`,
            attempts: response.attempts,
        });
    }
}
/** A refused `dirAction: delete` call, with the permission it needs named. */
function withDirDeleteHint(error, request) {
    const body = request.body;
    // CDNetworks looked at the call and said no (a 4xx, or Code 0): not a throttle, outage or bad signature
    const status = error instanceof errors/* ProviderError */.mZ ? error.status : undefined;
    const refused = error instanceof errors/* ProviderError */.mZ &&
        error.details.throttled !== true &&
        status !== undefined &&
        status < 500 &&
        status !== 401;
    if (!refused || body.dirAction !== 'delete')
        return error;
    return new errors/* ProviderError */.mZ(error.provider, `${error.message.replace(/\.?$/, '.')} ${DIR_DELETE_HINT}`, error.details);
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/provider.ts





function createCdnetworksProvider(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, cdnetworksProtocol);
    const account = accountKey(config.credentials);
    const sign = requestSigner(config.credentials, ctx.secrets);
    let cdn;
    return {
        name: 'cdnetworks',
        http,
        // built on first use: a certificate operation's `resource` may name a wildcard
        // domain (`.example.com`), which is no purge domain
        get cdn() {
            cdn ??= new CdnetworksCdn(http, {
                domains: parseDomains(config.resource),
                account,
                purgeAction: config.purgeAction,
                checkQuota: config.checkQuota,
                sign,
                logger: ctx.logger,
            });
            return cdn;
        },
        certificates: async () => new (await __nccwpck_require__.e(/* import() */ 895).then(__nccwpck_require__.bind(__nccwpck_require__, 7895))).CdnetworksCertificates(http, { account, sign }),
    };
}

// EXTERNAL MODULE: ./src/providers/gcore/api.ts
var gcore_api = __nccwpck_require__(9667);
// EXTERNAL MODULE: ./src/dates.ts
var dates = __nccwpck_require__(7718);
// EXTERNAL MODULE: ./src/providers/gcore/endpoints.ts
var gcore_endpoints = __nccwpck_require__(1841);
;// CONCATENATED MODULE: ./src/providers/gcore/jwt.ts
/**
 * Reading a Gcore JWT: its payload is base64url JSON. cdnkit never verifies the
 * signature (Gcore does) and never logs the token; it only needs `exp`.
 */
function decodeJwtPayload(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    try {
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
            ? payload
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The `exp` claim as epoch milliseconds, or undefined when absent or malformed. */
function jwtExpiryMs(token) {
    const exp = decodeJwtPayload(token)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/providers/gcore/auth.ts





/** Gcore permanent API tokens: `<id>$<secret>` (v1) or `<id>_<secret>` (v2). */
function tokenIdOf(token) {
    return /^(\d+)[$_]/.exec(token)?.[1];
}
/** The Authorization header for a permanent API token. */
function apiKeyHeader(token) {
    return { authorization: `APIKey ${token}` };
}
/** A JWT login or refresh answer; both tokens are registered as secrets before it is read. */
const JWT_PAIR = (0,http_shape/* object */.Ik)({ access: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), refresh: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj) });
/** `api-token`: the same header on every request; a 401 is final. */
class PermanentTokenAuth {
    token;
    constructor(token) {
        this.token = token;
    }
    async headers() {
        return apiKeyHeader(this.token);
    }
    async renew() {
        return false;
    }
}
/**
 * `username` + `password`: logs in on first use, sends `Bearer <access>`, and
 * refreshes the pair when the access token's `exp` has passed or Gcore answers
 * 401. A refused refresh token (it lives 24 h) falls back to a fresh login.
 * Both tokens are registered as secrets the moment they arrive.
 */
class JwtAuth {
    http;
    credentials;
    timing;
    logger;
    session;
    constructor(http, credentials, timing, logger) {
        this.http = http;
        this.credentials = credentials;
        this.timing = timing;
        this.logger = logger;
    }
    async login() {
        const { username, password } = this.credentials;
        const session = await this.exchange(gcore_endpoints/* GCORE_PATHS */.I.jwtLogin, { username, password });
        return {
            token: session.access,
            expiresAt: session.expiresAtMs === undefined ? undefined : (0,dates/* isoDate */._)(session.expiresAtMs),
        };
    }
    async headers() {
        if (!this.session)
            await this.login();
        else if (this.expired(this.session)) {
            this.logger.debug('gcore: the JWT access token has expired; refreshing it');
            await this.renew();
        }
        return { authorization: `Bearer ${this.session.access}` };
    }
    async renew() {
        if (!this.session) {
            await this.login();
            return true;
        }
        try {
            await this.exchange(gcore_endpoints/* GCORE_PATHS */.I.jwtRefresh, { refresh: this.session.refresh });
        }
        catch (error) {
            if (!(error instanceof errors/* ProviderError */.mZ) || (error.status !== 401 && error.status !== 403))
                throw error;
            this.logger.debug('gcore: the JWT refresh token was refused; logging in again');
            await this.login();
        }
        return true;
    }
    expired(session) {
        return session.expiresAtMs !== undefined && this.timing.now() >= session.expiresAtMs;
    }
    async exchange(path, body) {
        const response = await this.http.request({
            method: 'POST',
            path,
            body,
            secretFields: ['access', 'refresh'],
            shape: JWT_PAIR,
        });
        const { access, refresh } = response.body;
        if (access === undefined || access === '') {
            throw new errors/* ProviderError */.mZ('gcore', 'the answer carries no access token', {
                status: response.status,
                requestId: response.requestId,
                action: `POST ${path}`,
            });
        }
        this.session = {
            access,
            // a refresh answer without a new refresh token keeps the old one
            refresh: refresh || (this.session?.refresh ?? ''),
            expiresAtMs: jwtExpiryMs(access),
        };
        return this.session;
    }
}

// EXTERNAL MODULE: ./src/providers/gcore/cdn.ts + 2 modules
var cdn = __nccwpck_require__(8361);
// EXTERNAL MODULE: ./src/providers/gcore/limits.ts
var limits = __nccwpck_require__(7555);
;// CONCATENATED MODULE: ./src/providers/gcore/protocol.ts


/** How Gcore reports errors: `{ message }`, `{ detail }`, `{ error }` or `{ errors: { field: [..] } }`. */
function gcoreErrorMessage(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const record = body;
    for (const key of ['message', 'detail', 'error', 'errorMessage']) {
        const value = record[key];
        if (typeof value === 'string' && value !== '')
            return { message: value };
    }
    const errors = record.errors;
    if (typeof errors === 'object' && errors !== null) {
        const parts = Object.entries(errors).flatMap(([field, messages]) => {
            const text = (0,http_shape/* messageText */.Lo)(messages);
            return text === undefined ? [] : [`${field}: ${text}`];
        });
        if (parts.length > 0)
            return { message: parts.join('; ') };
    }
    return {};
}
const gcoreProtocol = {
    provider: 'gcore',
    baseUrl: limits/* GCORE_BASE_URL */.zV,
    requestIdHeaders: ['x-request-id', 'x-trace-id'],
    errorMessage: gcoreErrorMessage,
    throttleBackoff: limits/* THROTTLE_BACKOFF */.qL,
};

;// CONCATENATED MODULE: ./src/providers/gcore/roles.ts

/**
 * Gcore's built-in roles (Gcore knowledge base, "Permanent API token. Create, use and delete",
 * and the IAM "API tokens" reference); names are exact strings.
 */
const GCORE_ROLES = [
    { id: 1, name: 'Administrators' },
    { id: 2, name: 'Users' },
    { id: 5, name: 'Engineers' },
    { id: 3009, name: 'Purge and Prefetch only (API+Web)' },
    { id: 3022, name: 'Purge and Prefetch only (API)' },
];
/** The `role` input, a role name (case and spacing forgiven) or id, as Gcore's `{ id, name }`. */
function resolveRole(input) {
    const wanted = simplify(input);
    const role = GCORE_ROLES.find((candidate) => String(candidate.id) === wanted || simplify(candidate.name) === wanted);
    if (!role) {
        throw new errors/* InputError */.dz('role', `'${input.slice(0, 60)}' is not a Gcore role; use one of: ${GCORE_ROLES.map((r) => `${r.id} (${r.name})`).join(', ')}`);
    }
    return role;
}
function simplify(text) {
    return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

;// CONCATENATED MODULE: ./src/providers/gcore/tokens.ts







const ROLE = (0,http_shape/* object */.Ik)({ id: http_shape/* number */.ai, name: http_shape/* string */.Yj });
/** A token as Gcore's IAM API returns it. */
const TOKEN_FIELDS = {
    id: http_shape.id,
    name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    description: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    exp_date: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    expired: (0,http_shape/* optional */.lq)(http_shape/* boolean */.zM),
    deleted: (0,http_shape/* optional */.lq)(http_shape/* boolean */.zM),
    created: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    last_usage: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    client_user: (0,http_shape/* optional */.lq)((0,http_shape/* object */.Ik)({ user_name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), user_email: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), role: (0,http_shape/* optional */.lq)(ROLE) })),
};
const TOKEN = (0,http_shape/* object */.Ik)(TOKEN_FIELDS);
/**
 * The create answer: the secret `token` must be there (it is registered before
 * the answer is read); the rest only describes the token, so a field that does
 * not fit is dropped rather than losing a token that exists.
 */
const CREATED_TOKEN = (0,http_shape/* object */.Ik)({ ...(0,http_shape/* lenient */.W_)(TOKEN_FIELDS), token: http_shape/* string */.Yj });
const CLIENT = (0,http_shape/* object */.Ik)({ id: http_shape.id });
/** Gcore permanent API tokens (IAM v2), for the account the credentials belong to. */
class GcoreTokens {
    api;
    maxTokens = limits/* MAX_TOKENS_PER_ACCOUNT */.QV;
    inUseTokenId;
    clientIdLookup;
    constructor(api, options) {
        this.api = api;
        if (options.clientId !== undefined)
            this.clientIdLookup = Promise.resolve(options.clientId);
        this.inUseTokenId = options.apiToken === undefined ? undefined : tokenIdOf(options.apiToken);
    }
    tokenIdOf(secret) {
        return tokenIdOf(secret);
    }
    resolveRole(input) {
        return resolveRole(input);
    }
    /** `client-id`, or the id of the account the credentials belong to. */
    clientId() {
        this.clientIdLookup ??= this.api.get(gcore_endpoints/* GCORE_PATHS */.I.clientsMe, CLIENT).then((me) => me.id);
        return this.clientIdLookup;
    }
    /**
     * No `deleted` filter is sent: the official SDKs define it inverted ("True -
     * API token was not deleted", gcore-go iam/apitoken.go APITokenListParams,
     * gcore-python api_token_list_params.py), so either reading of it could
     * return only deleted tokens. Deleted ones are dropped here instead.
     */
    async list() {
        const path = gcore_endpoints/* GCORE_PATHS */.I.tokens(await this.clientId());
        const tokens = await this.api.get(path, (0,gcore_api/* listOf */.c)(TOKEN));
        return tokens.filter((token) => !token.deleted).map(toApiToken);
    }
    async get(id) {
        return toApiToken(await this.api.get(gcore_endpoints/* GCORE_PATHS */.I.token(await this.clientId(), id), TOKEN));
    }
    /** Creates with v2 only; the secret is registered the instant the answer is read. */
    async create(token) {
        const path = gcore_endpoints/* GCORE_PATHS */.I.tokens(await this.clientId());
        const response = await this.api.request({
            method: 'POST',
            path,
            body: {
                name: token.name,
                ...(token.description ? { description: token.description } : {}),
                exp_date: token.expiresAt === null ? null : rfc3339(token.expiresAt),
                client_user: { role: { id: token.role.id, name: token.role.name } },
            },
            // a create must not run twice: only answers proving it was not processed are retried
            retry: 'throttled-only',
            secretFields: ['token'],
            shape: CREATED_TOKEN,
        });
        const secret = response.body.token;
        if (secret === '') {
            const id = response.body.id;
            throw new errors/* ProviderError */.mZ('gcore', `the answer carries no token${id === undefined ? '' : `, although token ${id} may have been created`}`, { status: response.status, requestId: response.requestId, action: `POST ${path}` });
        }
        const created = toApiToken({
            ...response.body,
            id: response.body.id ?? tokenIdOf(secret) ?? '',
        });
        return { token: created, secret };
    }
    /** GET /iam/users/me sent with the new token itself, not with the run's credentials. */
    async verify(secret) {
        await this.api.http.request({
            method: 'GET',
            path: gcore_endpoints/* GCORE_PATHS */.I.usersMe,
            headers: apiKeyHeader(secret),
        });
    }
    /** No answer body is documented (the SDKs accept any type and read none): any 2xx is done. */
    async delete(id) {
        await this.api.request({
            method: 'DELETE',
            path: gcore_endpoints/* GCORE_PATHS */.I.token(await this.clientId(), id),
            responseBody: 'ignored',
        });
    }
}
function toApiToken(token) {
    const owner = token.client_user?.user_name || token.client_user?.user_email;
    return {
        id: String(token.id),
        name: token.name ?? '',
        ...(token.description ? { description: token.description } : {}),
        ...(token.client_user?.role ? { role: token.client_user.role } : {}),
        expiresAt: isoOrNull(token.exp_date),
        expired: token.expired === true,
        ...(token.created ? { created: token.created } : {}),
        lastUsed: token.last_usage ?? null,
        ...(owner ? { owner } : {}),
    };
}
/** Gcore dates (RFC 3339, sometimes with microseconds) as ISO 8601 UTC; unreadable ones kept. */
function isoOrNull(value) {
    if (value === null || value === undefined || value === '')
        return null;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
/** RFC 3339 UTC without milliseconds, as Gcore's examples write it. */
function rfc3339(iso) {
    return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/providers/gcore/provider.ts






/** Gcore for one run: a permanent token or a JWT session, the CDN, the IAM token API and certificates. */
function createGcoreProvider(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, gcoreProtocol);
    const { apiToken, username, password } = config.credentials;
    // parseConfig guarantees either a permanent token or username + password
    const jwt = apiToken === undefined
        ? new JwtAuth(http, { username: username ?? '', password: password ?? '' }, ctx.timing, ctx.logger)
        : undefined;
    const api = new gcore_api/* GcoreApi */.t(http, jwt ?? new PermanentTokenAuth(apiToken ?? ''));
    return {
        name: 'gcore',
        http,
        cdn: new cdn/* GcoreCdn */.Cw(api, config.resource ?? '', ctx.logger, () => ctx.timing.now()),
        tokens: new GcoreTokens(api, { clientId: config.token.clientId, apiToken }),
        ...(jwt ? { login: () => jwt.login() } : {}),
        certificates: async () => new (await __nccwpck_require__.e(/* import() */ 535).then(__nccwpck_require__.bind(__nccwpck_require__, 2535))).GcoreCertificates(api),
    };
}

// EXTERNAL MODULE: ./src/providers/medianova/endpoints.ts
var medianova_endpoints = __nccwpck_require__(385);
;// CONCATENATED MODULE: ./src/providers/medianova/auth.ts




/** The login answer; `token` and `session` are registered as secrets before it is read. */
const LOGIN = (0,http_shape/* object */.Ik)({
    token: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    session: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    expire: (0,http_shape/* optional */.lq)(http_shape/* unknown */.L5),
});
/**
 * `expire` (unix seconds) as ISO 8601 UTC; undefined when it is not a usable
 * number. Past year 9999 (99999999999999 has been seen) it is far future.
 */
function expiryIso(expire) {
    const seconds = typeof expire === 'string' && /^\d+$/.test(expire) ? Number(expire) : expire;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0)
        return undefined;
    return (0,dates/* isoDate */._)(seconds * 1000)?.replace(/\.\d{3}Z$/, 'Z');
}
function bearerHeader(token) {
    return { authorization: `Bearer ${token}` };
}
/**
 * The session token of one run: logged in once (lazily, on the first call), or
 * given as `api-token`. A call answered 401 logs in again once and is retried
 * once; with a given token there is nothing to log in with, so it fails clearly.
 */
class MedianovaAuth {
    http;
    credentials;
    logger;
    token;
    tokenGiven;
    constructor(http, credentials, logger) {
        this.http = http;
        this.credentials = credentials;
        this.logger = logger;
        this.token = credentials.apiToken;
        this.tokenGiven = credentials.apiToken !== undefined;
    }
    /** `POST /api/v1/auth/login/token`; the token is registered as a secret the moment it arrives. */
    async login() {
        const { apiKey, apiSecret } = this.credentials;
        if (apiKey === undefined || apiSecret === undefined) {
            throw new Error("Medianova login needs 'api-key' and 'api-secret'");
        }
        const response = await this.http.request({
            method: 'POST',
            path: medianova_endpoints/* ENDPOINTS */.H.login,
            body: { api_key: apiKey, api_secret: apiSecret },
            secretFields: ['token', 'session'],
            shape: LOGIN,
        });
        const { token, expire } = response.body;
        if (token === undefined || token === '') {
            throw new errors/* ProviderError */.mZ('medianova', 'the login answer carries no token', {
                status: response.status,
                requestId: response.requestId,
                action: `POST ${medianova_endpoints/* ENDPOINTS */.H.login}`,
            });
        }
        this.token = token;
        return { token, expiresAt: expiryIso(expire) };
    }
    /** Sends `request` with `Authorization: Bearer`, logging in first when there is no token yet. */
    async send(request) {
        if (this.token === undefined)
            await this.login();
        try {
            return await this.http.request({ ...request, headers: this.headers(request) });
        }
        catch (error) {
            if (!(error instanceof errors/* ProviderError */.mZ) || error.status !== 401)
                throw error;
            if (this.tokenGiven) {
                throw new errors/* ProviderError */.mZ('medianova', `${error.message} The 'api-token' input was refused: Medianova tokens expire a few hours after login, and cdnkit cannot log in again without credentials. Run the login step just before this one, or give 'api-key' and 'api-secret' instead of 'api-token'`, error.details);
            }
            this.logger.info(`medianova: ${error.details.action ?? 'a call'} answered 401; logging in again once`);
            await this.login();
            const retried = await this.http.request({ ...request, headers: this.headers(request) });
            return { ...retried, attempts: retried.attempts + (error.details.attempts ?? 1) };
        }
    }
    headers(request) {
        return { ...request.headers, ...bearerHeader(this.token ?? '') };
    }
}

// EXTERNAL MODULE: ./src/providers/medianova/cdn.ts + 2 modules
var medianova_cdn = __nccwpck_require__(7852);
// EXTERNAL MODULE: ./src/providers/medianova/limits.ts
var medianova_limits = __nccwpck_require__(8435);
;// CONCATENATED MODULE: ./src/providers/medianova/protocol.ts


/**
 * Medianova answers `{ "status": false, "message": "..." }` on failure, also
 * with HTTP 200 at times; some validation answers carry `errors: { field: [..] }`.
 */
function medianovaErrorMessage(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const record = body;
    const parts = [];
    for (const key of ['message', 'error']) {
        const value = record[key];
        if (typeof value === 'string' && value !== '') {
            parts.push(value);
            break;
        }
    }
    const errors = record.errors;
    if (typeof errors === 'object' && errors !== null) {
        for (const [field, messages] of Object.entries(errors)) {
            const text = (0,http_shape/* messageText */.Lo)(messages);
            if (text !== undefined)
                parts.push(`${field}: ${text}`);
        }
    }
    return parts.length > 0 ? { message: parts.join('; ') } : {};
}
const medianovaProtocol = {
    provider: 'medianova',
    baseUrl: medianova_limits/* MEDIANOVA_BASE_URL */.vP,
    requestIdHeaders: [],
    errorMessage: medianovaErrorMessage,
    failureIn: (body) => typeof body === 'object' && body !== null && body.status === false,
};

;// CONCATENATED MODULE: ./src/providers/medianova/stook.ts



/** A credential as Stook answers it; buckets are objects in list/get, uuids in update. */
const CREDENTIAL_FIELDS = {
    uuid: (0,http_shape/* optional */.lq)(http_shape.id),
    name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    is_readonly: (0,http_shape/* optional */.lq)(http_shape/* boolean */.zM),
    access_key: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    secret_key: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    subfolder: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    buckets: (0,http_shape/* optional */.lq)((0,http_shape/* array */.YO)((0,http_shape/* either */.gP)(http_shape.id, (0,http_shape/* object */.Ik)({ uuid: (0,http_shape/* optional */.lq)(http_shape.id), name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj) })))),
};
const CREDENTIAL = (0,http_shape/* object */.Ik)(CREDENTIAL_FIELDS);
/** The create answer: the secret key is registered before it is read; the rest only describes it. */
const CREATED = (0,http_shape/* object */.Ik)((0,http_shape/* lenient */.W_)(CREDENTIAL_FIELDS));
const ENVELOPE = (0,http_shape/* object */.Ik)({ data: http_shape/* unknown */.L5 });
/** Stook wraps every answer in `{ data }`. */
function inData(shape) {
    return (value, path) => (0,http_shape/* optional */.lq)(shape)(ENVELOPE(value, path).data, 'data');
}
/**
 * Stook object-storage credentials of one organization (Medianova's API
 * documentation, "Object Storage (Stook) / Credentials").
 */
class StookCredentials {
    auth;
    organization;
    logger;
    /** the prefix Stook answered under in this run; undefined before the first call */
    prefix;
    constructor(auth, organization, logger) {
        this.auth = auth;
        this.organization = organization;
        this.logger = logger;
    }
    async list() {
        const data = await this.data((prefix) => ({
            method: 'GET',
            path: medianova_endpoints/* ENDPOINTS */.H.credentials(prefix, this.organization),
            shape: inData((0,http_shape/* array */.YO)(CREDENTIAL)),
        }));
        return (data ?? []).map(toCredential);
    }
    async get(id) {
        const path = (prefix) => medianova_endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id);
        const data = await this.data((prefix) => ({
            method: 'GET',
            path: path(prefix),
            shape: inData(CREDENTIAL),
        }));
        return this.checked(data, `GET ${path(this.prefix ?? medianova_endpoints/* STOOK_PREFIXES */.w[0])}`);
    }
    /**
     * `POST .../credentials` (plural). Retried only when throttled, so a retry never
     * makes a second credential. The documented answer carries neither key: the
     * access key is read back with `get`. A `secret_key` (undocumented) is
     * registered as a secret before anything else; `secretKey` is undefined when
     * none came back, and the caller decides what that means.
     */
    async create(settings) {
        const path = (prefix) => medianova_endpoints/* ENDPOINTS */.H.createCredential(prefix, this.organization);
        const data = await this.data((prefix) => ({
            method: 'POST',
            path: path(prefix),
            body: toBody(settings),
            retry: 'throttled-only',
            secretFields: ['data.secret_key'],
            shape: inData(CREATED),
        }));
        const secretKey = data?.secret_key || undefined;
        const created = this.checked(data, `POST ${path(this.prefix ?? medianova_endpoints/* STOOK_PREFIXES */.w[0])}`);
        const accessKey = created.accessKey ?? (await this.accessKeyOf(created.id));
        return { ...created, accessKey, secretKey };
    }
    /** `PUT` replaces every setting, so callers pass the full settings. */
    async update(id, settings) {
        const path = (prefix) => medianova_endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id);
        const data = await this.data((prefix) => ({
            method: 'PUT',
            path: path(prefix),
            body: toBody(settings),
            shape: inData(CREDENTIAL),
        }));
        return this.checked({ uuid: id, ...data }, `PUT ${path(this.prefix ?? medianova_endpoints/* STOOK_PREFIXES */.w[0])}`);
    }
    async delete(id) {
        const response = await this.send((prefix) => ({
            method: 'DELETE',
            path: medianova_endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id),
            shape: (0,http_shape/* optional */.lq)((0,http_shape/* object */.Ik)({ message: (0,http_shape/* optional */.lq)(http_shape/* unknown */.L5) })),
        }));
        const message = response.body?.message;
        return typeof message === 'string' ? message : undefined;
    }
    /** A new credential's access key; a failed read is a warning, never a lost credential. */
    async accessKeyOf(id) {
        try {
            return (await this.get(id)).accessKey;
        }
        catch (error) {
            this.logger.warning(`Medianova created credential ${id}, but reading its access key failed: ${(0,errors/* describeError */.Uc)(error)}`);
            return undefined;
        }
    }
    async data(build) {
        return (await this.send(build)).body;
    }
    /**
     * Sends a Stook call under the run's prefix. The run's first call tries the
     * first prefix; a 404 there is retried once under the second, and whichever
     * answered is kept for the rest of the run.
     */
    async send(build) {
        if (this.prefix)
            return this.auth.send(build(this.prefix));
        const [first, second] = medianova_endpoints/* STOOK_PREFIXES */.w;
        try {
            const response = await this.auth.send(build(first));
            this.settle(first, `medianova: Stook answers under ${first}`);
            return response;
        }
        catch (error) {
            if (!isNotFound(error)) {
                if (answered(error))
                    this.settle(first, `medianova: Stook answers under ${first}`);
                throw error;
            }
            try {
                const response = await this.auth.send(build(second));
                this.settle(second, fallbackLine(first, second));
                return response;
            }
            catch (retried) {
                // only an answer from Stook under the second prefix beats the first 404
                if (!answered(retried) || isNotFound(retried))
                    throw error;
                this.settle(second, fallbackLine(first, second));
                throw retried;
            }
        }
    }
    settle(prefix, line) {
        this.prefix = prefix;
        this.logger.debug(line);
    }
    /** A credential answer without a uuid cannot be acted on: say so rather than guess. */
    checked(data, action) {
        const credential = toCredential(data ?? {});
        if (credential.id === '') {
            throw new errors/* ProviderError */.mZ('medianova', 'the answer carries no credential uuid', { action });
        }
        return credential;
    }
}
function fallbackLine(first, second) {
    return `medianova: Stook answered 404 under ${first} and answered under ${second}; using ${second} for the rest of this run`;
}
function isNotFound(error) {
    return error instanceof errors/* ProviderError */.mZ && error.status === 404;
}
/** Stook itself answered (a 4xx other than 404): the prefix exists. */
function answered(error) {
    const status = error instanceof errors/* ProviderError */.mZ ? error.status : undefined;
    return status !== undefined && status >= 400 && status < 500;
}
function toBody(settings) {
    return {
        name: settings.name,
        is_readonly: settings.readOnly,
        buckets: settings.buckets,
        subfolder: settings.subfolder,
    };
}
function toCredential(raw) {
    return {
        id: raw.uuid ?? '',
        name: raw.name ?? '',
        readOnly: raw.is_readonly === true,
        accessKey: raw.access_key || undefined,
        subfolder: raw.subfolder ?? undefined,
        buckets: (raw.buckets ?? []).map((bucket) => typeof bucket === 'string' ? { id: bucket } : { id: bucket.uuid ?? '', name: bucket.name }),
    };
}

;// CONCATENATED MODULE: ./src/providers/medianova/provider.ts





function createMedianovaProvider(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, medianovaProtocol);
    const auth = new MedianovaAuth(http, config.credentials, ctx.logger);
    const organization = config.organization ?? '';
    const { urls, prefixes } = config.targets;
    return {
        name: 'medianova',
        http,
        cdn: new medianova_cdn/* MedianovaCdn */.YP(auth, {
            organization,
            resource: config.resource ?? '',
            checkHosts: [...urls, ...prefixes].some((target) => !target.startsWith('/')),
        }),
        storageCredentials: new StookCredentials(auth, organization, ctx.logger),
        login: () => auth.login(),
        certificates: async () => new (await __nccwpck_require__.e(/* import() */ 959).then(__nccwpck_require__.bind(__nccwpck_require__, 1959))).MedianovaCertificates(auth, organization),
    };
}

;// CONCATENATED MODULE: ./src/providers/create-provider.ts



const FACTORIES = {
    gcore: createGcoreProvider,
    cdnetworks: createCdnetworksProvider,
    medianova: createMedianovaProvider,
};
/** The provider client for this run. */
function createProvider(ctx) {
    return FACTORIES[ctx.config.provider](ctx);
}


/***/ }),

/***/ 9667:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ listOf),
/* harmony export */   t: () => (/* binding */ GcoreApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _http_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1513);


/**
 * Authenticated Gcore calls: every request carries the current credentials, and
 * a 401 gets one renewal (a JWT refresh) and one more try.
 */
class GcoreApi {
    http;
    auth;
    constructor(http, auth) {
        this.http = http;
        this.auth = auth;
    }
    async request(request) {
        const send = async () => this.http.request({ ...request, headers: await this.auth.headers() });
        let unauthorized;
        try {
            return await send();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ) || error.status !== 401)
                throw error;
            unauthorized = error;
        }
        if (!(await this.auth.renew()))
            throw unauthorized;
        const earlier = unauthorized.details.attempts ?? 1;
        try {
            const retried = await send();
            return { ...retried, attempts: retried.attempts + earlier };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ)
                throw error.withAttempts((error.details.attempts ?? 1) + earlier);
            throw error;
        }
    }
    async get(path, shape, query) {
        return (await this.request({ method: 'GET', path, query, shape })).body;
    }
}
/** A Gcore list: a bare array, or `{ count, next, previous, results }` when paginated. */
function listOf(item) {
    return (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .either */ .gP)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YO)(item), (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({ results: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YO)(item) }), (page) => page.results));
}


/***/ }),

/***/ 8361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cw: () => (/* binding */ GcoreCdn),
  Z9: () => (/* binding */ RESOURCE_FIELDS),
  qG: () => (/* binding */ hostnamesOf)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/hostnames.ts + 1 modules
var hostnames = __nccwpck_require__(5851);
// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __nccwpck_require__(1513);
// EXTERNAL MODULE: ./src/targets/list.ts
var list = __nccwpck_require__(9936);
// EXTERNAL MODULE: ./src/targets/resource-paths.ts
var resource_paths = __nccwpck_require__(6829);
// EXTERNAL MODULE: ./src/providers/gcore/api.ts
var api = __nccwpck_require__(9667);
// EXTERNAL MODULE: ./src/providers/gcore/endpoints.ts
var endpoints = __nccwpck_require__(1841);
// EXTERNAL MODULE: ./src/providers/gcore/limits.ts
var limits = __nccwpck_require__(7555);
// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __nccwpck_require__(9164);
// EXTERNAL MODULE: ./src/targets/url.ts
var url = __nccwpck_require__(6591);
;// CONCATENATED MODULE: ./src/providers/gcore/purge-history.ts
/**
 * Gcore's purge history (`GET /cdn/purge_statuses`), read in bounded windows
 * and pages, and this run's purges found in it. Gcore's purge call returns no
 * id: a purge is recognised by its payload (gcore.md).
 */





/**
 * A list of strings, checked where it is: a history page holds up to a
 * thousand payloads of a hundred URLs each, and a copy of every list would
 * double what a page costs.
 */
const strings = (value, path) => {
    if (!Array.isArray(value))
        throw new shape/* ShapeError */.ym(path, 'a list', (0,shape/* describeType */.MF)(value));
    for (const [index, item] of value.entries()) {
        if (typeof item !== 'string') {
            throw new shape/* ShapeError */.ym(`${path}[${index}]`, 'a string', (0,shape/* describeType */.MF)(item));
        }
    }
    return value;
};
const PAYLOAD = (0,shape/* object */.Ik)({ urls: (0,shape/* optional */.lq)(strings), paths: (0,shape/* optional */.lq)(strings) });
/**
 * One purge of the history. `purge_id` and `status` must fit, or the entry is
 * skipped (and counted); the rest only helps to match a purge, so a field
 * that does not fit is dropped.
 */
const PURGE_STATUS = (0,shape/* object */.Ik)({
    purge_id: shape.id,
    status: shape/* string */.Yj,
    ...(0,shape/* lenient */.W_)({
        created: (0,shape/* optional */.lq)(shape/* string */.Yj),
        purge_type: (0,shape/* optional */.lq)(shape/* string */.Yj),
        /** an object; older docs show a one-element array of it */
        payload: (0,shape/* optional */.lq)((0,shape/* either */.gP)(PAYLOAD, (0,shape/* array */.YO)(PAYLOAD))),
    }),
});
/**
 * A page as Gcore sends it: `{ count, results }` when `limit` is sent
 * (gcore-python), a bare array as the API reference's example shows. Entries
 * are read by `isPurgeStatus`: one that is not a purge status is skipped.
 */
const PURGE_PAGE = (0,shape/* either */.gP)((0,shape/* map */.Tj)((0,shape/* array */.YO)(shape/* unknown */.L5), (items) => ({ items, count: undefined })), (0,shape/* map */.Tj)((0,shape/* object */.Ik)({ results: (0,shape/* optional */.lq)((0,shape/* array */.YO)(shape/* unknown */.L5)), count: (0,shape/* optional */.lq)(shape/* number */.ai) }), (page) => ({
    items: page.results ?? [],
    count: page.count,
})));
/**
 * Every purge of `window`, page by page (`limit`/`offset`, readPages): until
 * the envelope's `count` is read, a page comes back short, empty or longer than
 * asked (Gcore ignoring `limit`: the whole answer), a page brings no purge not
 * seen yet (Gcore ignoring `offset`), `enough` says so, or MAX_STATUS_PAGES
 * pages were read. Entries are kept once by `purge_id`: paging by offset while
 * new purges arrive may show one twice.
 */
async function readPurgeHistory(api, window, options) {
    const found = new Map();
    let skipped = 0;
    await (0,pages/* readPages */.n)(async (page) => {
        const { body } = await api.request({
            method: 'GET',
            path: endpoints/* GCORE_PATHS */.I.purgeStatuses,
            query: {
                cname: window.cname,
                from_created: window.from,
                to_created: window.to,
                limit: limits/* STATUS_PAGE_LIMIT */.fm,
                offset: (page - 1) * limits/* STATUS_PAGE_LIMIT */.fm,
            },
            deadline: options.deadline,
            shape: PURGE_PAGE,
        });
        const items = body.items.map(readStatus);
        for (const status of items)
            if (status)
                found.set(status.purge_id, status);
        return { items, total: body.count };
    }, 
    // an entry that is no purge status is counted, never taken for a repeat
    (status) => status?.purge_id ?? `skipped ${skipped++}`, {
        maxPages: limits/* MAX_STATUS_PAGES */.RX,
        maxItems: limits/* MAX_STATUS_PAGES */.RX * limits/* STATUS_PAGE_LIMIT */.fm,
        pageSize: limits/* STATUS_PAGE_LIMIT */.fm,
    }, () => options.enough?.(found) ?? false);
    return found;
}
/** The entry as a purge status, or undefined when it is none. */
function readStatus(value) {
    try {
        return (0,shape/* readShape */._f)(PURGE_STATUS, value);
    }
    catch (error) {
        if (error instanceof shape/* ShapeError */.ym)
            return undefined;
        throw error;
    }
}
/**
 * The `purge_id` of each sent payload, in the order sent (payloads with no
 * match are left out). Each key is computed once per status and once per
 * payload and matched through a map, ids already taken are kept in a set:
 * linear in both. Of several statuses with the same payload the newest goes
 * first, so an identical purge from an earlier run is not mistaken for this one.
 */
function matchPurgeIds(sent, statuses, keyOf = payloadKey) {
    const groups = new Map();
    const taken = new Set();
    for (const status of statuses) {
        const id = status.purge_id;
        if (taken.has(id))
            continue;
        taken.add(id);
        const key = keyOf(status.payload);
        const entry = { id, createdMs: createdMs(status) };
        const group = groups.get(key);
        if (group)
            group.entries.push(entry);
        else
            groups.set(key, { entries: [entry], next: 0 });
    }
    const ids = [];
    for (const payload of sent) {
        const group = groups.get(keyOf(payload));
        if (!group || group.next >= group.entries.length)
            continue;
        // a payload sent more than once in a run: newest first, sorted once
        if (group.next === 0 && group.entries.length > 1)
            group.entries.sort((a, b) => b.createdMs - a.createdMs);
        ids.push(group.entries[group.next++].id);
    }
    return ids;
}
function createdMs(status) {
    const ms = Date.parse(status.created ?? '');
    return Number.isNaN(ms) ? 0 : ms;
}
/**
 * What a purge carried, comparable between what we sent and what Gcore lists:
 * the kind of list, and its items as paths (Gcore may list them as full URLs).
 */
function payloadKey(payload) {
    const body = Array.isArray(payload) ? payload[0] : payload;
    const kind = body?.urls ? 'urls' : 'paths';
    const list = body?.urls ?? body?.paths;
    const items = (Array.isArray(list) ? list : []).map(pathOf);
    return JSON.stringify([kind, items.sort()]);
}
function pathOf(item) {
    if (!/^https?:\/\//i.test(item))
        return item;
    try {
        return (0,url/* splitTarget */.Gd)(item).path;
    }
    catch {
        return item;
    }
}

// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __nccwpck_require__(1501);
;// CONCATENATED MODULE: ./src/providers/gcore/time-model.ts


/**
 * Gcore purges of one resource (gcore.md, "CDN purge"): URL purges carry 100
 * paths at 2 requests a minute; pattern purges carry 10 patterns at 1 a minute,
 * a count they share with purge-all. The two windows are separate, so URL and
 * pattern requests overlap in time. No daily quota is published.
 */
function gcorePurgeModel(resourceId) {
    return {
        provider: 'gcore',
        byUrl: {
            name: 'purge by URL',
            itemsPerRequest: limits/* MAX_URLS_PER_PURGE */.I9,
            limits: [(0,limits/* urlPurgeLimit */._Q)(resourceId)],
        },
        byPrefix: {
            name: 'purge by pattern',
            itemsPerRequest: limits/* MAX_PATTERNS_PER_PURGE */.fx,
            limits: [(0,limits/* patternPurgeLimit */.lz)(resourceId)],
        },
        mixed: false,
        // a pattern purge is recursive: '/dir/*' is every object below /dir/ (gcore.md)
        prefix: time_model/* WILDCARD_PREFIX */.K4,
        sources: [
            'gcore.md: 100 URLs per request, 2 URL-purge requests per resource per minute',
            'gcore.md: 10 patterns per request, 1 pattern-purge request per resource per minute (shared with purge-all)',
            'windows are 61 s: a minute plus a second of margin (src/providers/gcore/limits.ts)',
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/gcore/cdn.ts










/** The fields of a CDN resource cdnkit reads (certificates.ts reads its `sslData` too). */
const RESOURCE_FIELDS = {
    id: shape.id,
    cname: shape/* string */.Yj,
    secondaryHostnames: (0,shape/* nullable */.me)((0,shape/* array */.YO)(shape/* string */.Yj)),
    status: (0,shape/* optional */.lq)(shape/* string */.Yj),
    deleted: (0,shape/* optional */.lq)(shape/* boolean */.zM),
};
const RESOURCE = (0,shape/* object */.Ik)(RESOURCE_FIELDS);
const STATUS_REPORT_DISABLED = 'Status report disabled';
const DAY_MS = 86_400_000;
/** Gcore's purge status words -> ours. `Status report disabled` counts as done (unverifiable). */
const STATUS_STATES = {
    'In progress': 'pending',
    Successful: 'done',
    Failed: 'failed',
    [STATUS_REPORT_DISABLED]: 'done',
};
/** Purge, prefetch and purge statuses of one Gcore CDN resource. */
class GcoreCdn {
    api;
    resourceInput;
    logger;
    now;
    pollIntervalMs = limits/* POLL_INTERVAL_MS */.fv;
    noStatus = {
        prefetch: "Gcore reports no status for prefetch requests: the prefetch was accepted, and 'wait' has nothing to poll (status stays 'pending').",
    };
    resolved;
    /** ISO time this run's purges are searched from, once they were sent */
    searchFrom;
    warnedUnverifiable = false;
    /** how far back (days) `purge-status` polls after the first one, which widened as needed */
    lookbackDays;
    constructor(api, resourceInput, logger, now = Date.now) {
        this.api = api;
        this.resourceInput = resourceInput;
        this.logger = logger;
        this.now = now;
    }
    /** A hostname is looked up only when sending: a dry run shows where its id goes. */
    unresolvedResource() {
        const input = this.resourceInput;
        return { id: /^\d+$/.test(input) ? input : `<id of ${input}>` };
    }
    /** An id is read directly; a hostname is matched against the resource list (once a run). */
    async resolveResource() {
        this.resolved ??= await this.lookUpResource();
        return this.resolved;
    }
    /** Purge requests take their batch sizes and windows from the time model the planner uses. */
    purgeModel(resource) {
        return gcorePurgeModel(resource.id);
    }
    /** Gcore purges by path for every hostname of the resource. */
    purgeKey(target, resource) {
        return (0,resource_paths/* resourcePathOf */.b)(target, resource);
    }
    planPurge(targets, resource) {
        const path = endpoints/* GCORE_PATHS */.I.purge(resource.id);
        const { byUrl, byPrefix } = this.purgeModel(resource);
        if (targets.purgeAll) {
            // purge-all counts against the pattern window (gcore.md)
            return [
                {
                    kind: 'purge all',
                    method: 'POST',
                    path,
                    body: { paths: [] },
                    items: ['/*'],
                    limits: byPrefix.limits,
                },
            ];
        }
        const byUrlRequests = batchPaths(targets.urls, resource, 'urls', byUrl.itemsPerRequest).map(([paths, items]) => ({
            kind: byUrl.name,
            method: 'POST',
            path,
            body: { urls: paths },
            items,
            limits: byUrl.limits,
        }));
        const byPatternRequests = batchPaths(targets.prefixes, resource, 'prefixes', byPrefix.itemsPerRequest).map(([paths, items]) => ({
            kind: byPrefix.name,
            method: 'POST',
            path,
            body: { paths },
            items,
            limits: byPrefix.limits,
        }));
        return [...byUrlRequests, ...byPatternRequests];
    }
    planPrefetch(urls, resource) {
        return batchPaths(urls, resource, 'urls', limits/* MAX_PATHS_PER_PREFETCH */.O8).map(([paths, items]) => ({
            kind: 'prefetch',
            method: 'POST',
            path: endpoints/* GCORE_PATHS */.I.prefetch(resource.id),
            body: { paths },
            items,
            limits: [(0,limits/* prefetchLimit */.X$)(resource.id)],
        }));
    }
    /** Gcore documents no answer body for purge and prefetch: any 2xx is accepted. */
    async send(request) {
        const response = await this.api.request({
            method: request.method,
            path: request.path,
            body: request.body,
            limits: request.limits,
            responseBody: 'ignored',
        });
        return { taskIds: [], attempts: response.attempts };
    }
    /**
     * The purge call returns no id: this run's purges are found in the purge
     * history of the resource's cname since just before the first request, by
     * payload (purge-history.ts).
     */
    async findTaskIds(sent, resource, since) {
        const purges = sent.filter((request) => request.path.endsWith('/purge'));
        if (purges.length === 0 || !resource.cname)
            return [];
        this.searchFrom = new Date(since - limits/* PURGE_STATUS_CLOCK_SKEW_MS */.CD).toISOString();
        const history = await readPurgeHistory(this.api, { cname: resource.cname, from: this.searchFrom }, {});
        return matchPurgeIds(purges.map((request) => request.body), history.values());
    }
    async taskStatus(taskIds, resource, _kind, options = {}) {
        const { found, searched } = await this.findStatuses(taskIds, resource, options.deadline);
        return taskIds.map((id) => {
            const status = found.get(id);
            if (!status)
                return { id, state: 'pending', detail: `not listed by Gcore ${searched}` };
            const state = (0,shape/* lookup */.$I)(STATUS_STATES, status.status) ?? 'pending';
            if (status.status !== STATUS_REPORT_DISABLED)
                return { id, state, detail: status.status };
            if (!this.warnedUnverifiable) {
                this.warnedUnverifiable = true;
                this.logger.warning(`Gcore has purge status reports disabled for ${resource.cname ?? resource.id}: the purge was accepted but its completion cannot be verified.`);
            }
            return { id, state, detail: 'status report disabled: accepted, not verifiable' };
        });
    }
    /**
     * The statuses of `taskIds`: this run's purges are read since they were sent;
     * an earlier run's are looked for a day back, then a week, then 30 days, each
     * window only reaching where the last one began, until every id is found.
     * Later polls (`wait`) read only as far back as the oldest window an id was
     * found in (a day when none was: only a new purge could show one).
     */
    async findStatuses(taskIds, resource, deadline) {
        const wanted = new Set(taskIds);
        const found = new Map();
        const { cname } = resource;
        const enough = (page) => [...wanted].every((id) => found.has(id) || page.has(id));
        const keep = (statuses) => {
            for (const id of wanted) {
                const status = statuses.get(id);
                if (status)
                    found.set(id, status);
            }
        };
        if (this.searchFrom) {
            keep(await readPurgeHistory(this.api, { cname, from: this.searchFrom }, { deadline, enough }));
            return { found, searched: '(yet)' };
        }
        const now = this.now();
        const windows = this.lookbackDays === undefined ? limits/* HISTORY_WINDOWS_DAYS */.PP : [this.lookbackDays];
        let to;
        let reached = limits/* HISTORY_WINDOWS_DAYS */.PP[0];
        for (const days of windows) {
            const from = new Date(now - days * DAY_MS).toISOString();
            const before = found.size;
            keep(await readPurgeHistory(this.api, { cname, from, to }, { deadline, enough }));
            if (found.size > before)
                reached = days;
            if (found.size === wanted.size)
                break;
            to = from;
        }
        this.lookbackDays ??= reached;
        const longest = limits/* HISTORY_WINDOWS_DAYS */.PP[limits/* HISTORY_WINDOWS_DAYS */.PP.length - 1];
        return { found, searched: `in the last ${longest} days of purge history` };
    }
    async lookUpResource() {
        const input = this.resourceInput;
        if (/^\d+$/.test(input)) {
            return toResource(await this.api.get(endpoints/* GCORE_PATHS */.I.resource(input), RESOURCE));
        }
        const host = (0,hostnames/* asciiHostname */.r)(input);
        const all = await this.api.get(endpoints/* GCORE_PATHS */.I.resources, (0,api/* listOf */.c)(RESOURCE));
        const match = all.find((resource) => !resource.deleted && resource.status !== 'deleted' && hostnamesOf(resource).includes(host));
        if (!match) {
            throw new errors/* InputError */.dz('resource', `no Gcore CDN resource has the hostname '${input}' (checked the cname and secondaryHostnames of ${all.length} resources)`);
        }
        return toResource(match);
    }
}
/** Paths for Gcore (hosts checked against the resource), batched with the targets they came from. */
function batchPaths(targets, resource, input, size) {
    return (0,list/* batch */.vA)((0,resource_paths/* toResourcePaths */.S)(targets, resource, input), size).map((paths, index) => [
        paths,
        targets.slice(index * size, (index + 1) * size),
    ]);
}
/** The cname and secondary hostnames, in ASCII form. */
function hostnamesOf(resource) {
    return [resource.cname, ...(resource.secondaryHostnames ?? [])]
        .filter(Boolean)
        .map(hostnames/* asciiHostname */.r);
}
function toResource(found) {
    return { id: found.id, cname: found.cname, hostnames: hostnamesOf(found) };
}


/***/ }),

/***/ 1841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ GCORE_PATHS)
/* harmony export */ });
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9096);

/** Every Gcore path cdnkit calls (Gcore API reference: CDN, IAM), in one place, so a moved endpoint is one edit. */
const GCORE_PATHS = {
    jwtLogin: '/iam/auth/jwt/login',
    jwtRefresh: '/iam/auth/jwt/refresh',
    /** the user behind the credentials: used to verify a new token */
    usersMe: '/iam/users/me',
    /** the account (client) behind the credentials: its `id` is the client id */
    clientsMe: '/iam/clients/me',
    /** v2 token endpoints; v1 create is deprecated (removal announced for 2026-07-17) */
    tokens: (clientId) => `/iam/v2/clients/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(clientId)}/tokens`,
    token: (clientId, tokenId) => `/iam/v2/clients/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(clientId)}/tokens/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(tokenId)}`,
    resources: '/cdn/resources',
    resource: (id) => `/cdn/resources/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(id)}`,
    purge: (resourceId) => `/cdn/resources/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(resourceId)}/purge`,
    prefetch: (resourceId) => `/cdn/resources/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(resourceId)}/prefetch`,
    purgeStatuses: '/cdn/purge_statuses',
};


/***/ }),

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ PURGE_STATUS_CLOCK_SKEW_MS),
/* harmony export */   I9: () => (/* binding */ MAX_URLS_PER_PURGE),
/* harmony export */   O8: () => (/* binding */ MAX_PATHS_PER_PREFETCH),
/* harmony export */   PP: () => (/* binding */ HISTORY_WINDOWS_DAYS),
/* harmony export */   QV: () => (/* binding */ MAX_TOKENS_PER_ACCOUNT),
/* harmony export */   RX: () => (/* binding */ MAX_STATUS_PAGES),
/* harmony export */   X$: () => (/* binding */ prefetchLimit),
/* harmony export */   _Q: () => (/* binding */ urlPurgeLimit),
/* harmony export */   fm: () => (/* binding */ STATUS_PAGE_LIMIT),
/* harmony export */   fv: () => (/* binding */ POLL_INTERVAL_MS),
/* harmony export */   fx: () => (/* binding */ MAX_PATTERNS_PER_PURGE),
/* harmony export */   lz: () => (/* binding */ patternPurgeLimit),
/* harmony export */   qL: () => (/* binding */ THROTTLE_BACKOFF),
/* harmony export */   zV: () => (/* binding */ GCORE_BASE_URL)
/* harmony export */ });
/** Gcore's published per-request and per-resource limits (Gcore API reference, CDN "Purge cache" and "Prefetch content"). */
const GCORE_BASE_URL = 'https://api.gcore.com';
const MAX_URLS_PER_PURGE = 100;
const MAX_PATTERNS_PER_PURGE = 10;
const MAX_PATHS_PER_PREFETCH = 100;
/** A minute plus a second of margin for clock skew between us and Gcore. */
const MINUTE = 61_000;
/** 2 URL-purge requests per resource per minute. */
const urlPurgeLimit = (resourceId) => ({
    key: `gcore:purge-urls:${resourceId}`,
    requests: 2,
    windowMs: MINUTE,
});
/** Pattern purge and purge-all: 1 request per resource per minute, one shared count. */
const patternPurgeLimit = (resourceId) => ({
    key: `gcore:purge-paths:${resourceId}`,
    requests: 1,
    windowMs: MINUTE,
});
/** Prefetch: 1 request per resource per minute. */
const prefetchLimit = (resourceId) => ({
    key: `gcore:prefetch:${resourceId}`,
    requests: 1,
    windowMs: MINUTE,
});
/** 429 without Retry-After: the per-minute window has to pass. */
const THROTTLE_BACKOFF = { floorMs: 60_000, baseMs: 60_000, capMs: 120_000 };
/** Permanent API tokens an account may hold. */
const MAX_TOKENS_PER_ACCOUNT = 50;
/**
 * This run's purges are searched in the status list from a minute before the
 * first request, so a runner clock ahead of Gcore's does not hide them.
 */
const PURGE_STATUS_CLOCK_SKEW_MS = 60_000;
/**
 * Purge statuses per page. Gcore's API reference caps `limit` at 100
 * ("x <= 100", Get purges history); gcore-python's default of 1000 exceeds it.
 */
const STATUS_PAGE_LIMIT = 100;
/** Pages read from one window of the purge history at most (20,000 purges). */
const MAX_STATUS_PAGES = 200;
/**
 * `purge-status` of an earlier run's task ids looks back this far, one window
 * at a time, stopping once every id is found: the history is never read whole.
 */
const HISTORY_WINDOWS_DAYS = [1, 7, 30];
/** How often `wait` polls purge statuses. */
const POLL_INTERVAL_MS = 5_000;


/***/ }),

/***/ 7852:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YP: () => (/* binding */ MedianovaCdn)
});

// UNUSED EXPORTS: hostnamesOf, jobState

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/hostnames.ts + 1 modules
var hostnames = __nccwpck_require__(5851);
// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __nccwpck_require__(9164);
// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __nccwpck_require__(1513);
// EXTERNAL MODULE: ./src/targets/list.ts
var list = __nccwpck_require__(9936);
// EXTERNAL MODULE: ./src/targets/resource-paths.ts
var resource_paths = __nccwpck_require__(6829);
// EXTERNAL MODULE: ./src/providers/medianova/endpoints.ts
var endpoints = __nccwpck_require__(385);
// EXTERNAL MODULE: ./src/providers/medianova/limits.ts
var medianova_limits = __nccwpck_require__(8435);
;// CONCATENATED MODULE: ./src/providers/medianova/paths.ts

/**
 * A `prefixes` entry as a Medianova wildcard path: kept when it already has a
 * `*`, else every object below the directory (`/css` and `/css/` -> `/css/*`).
 */
function toWildcardPath(path) {
    if (path.includes('*'))
        return path;
    return path.endsWith('/') ? `${path}*` : `${path}/*`;
}
function hasWildcard(paths) {
    return paths.some((path) => path.includes('*'));
}
/** Prefetch takes specific files only: a wildcard is refused before anything is sent. */
function checkPrefetchPaths(paths) {
    const wild = paths.filter((path) => path.includes('*'));
    if (wild.length > 0) {
        throw new errors/* InputError */.dz('urls', `Medianova prefetch takes specific files, not wildcards: ${wild.slice(0, 3).join(', ')}${wild.length > 3 ? ` and ${wild.length - 3} more` : ''}`);
    }
}
/** The hint added when Medianova refuses a request that carries wildcards. */
const WILDCARD_HINT = 'Wildcard purges (paths with *) work only when the resource\'s "Wildcard Purge Suffix" option is on: turn it on in the resource\'s settings in the Medianova panel, or purge exact URLs instead';

// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __nccwpck_require__(1501);
;// CONCATENATED MODULE: ./src/providers/medianova/time-model.ts


/**
 * Medianova purge jobs of one resource (medianova.md, "Purge"): 1 to 100 paths
 * a job, at the rate cdnkit assumes and paces to (limits.ts: none is
 * published). Wildcard jobs are kept apart from URL jobs, so a resource whose
 * "Wildcard Purge Suffix" option is off refuses only the wildcard jobs.
 */
function medianovaPurgeModel(resourceId) {
    const limits = [(0,medianova_limits/* jobLimit */.Z$)(resourceId, 'purge')];
    return {
        provider: 'medianova',
        byUrl: { name: 'purge by URL', itemsPerRequest: medianova_limits/* MAX_PATHS_PER_REQUEST */.q4, limits },
        byPrefix: { name: 'purge by wildcard', itemsPerRequest: medianova_limits/* MAX_PATHS_PER_REQUEST */.q4, limits },
        mixed: false,
        // "/images/* removes all files and subdirectories inside /images/"
        // (clients.medianova.com, Performance CDN > Purge > Manage Purge)
        prefix: time_model/* WILDCARD_PREFIX */.K4,
        sources: [
            'medianova.md: 1 to 100 paths per purge request (official)',
            `no published rate limit: ${medianova_limits/* ASSUMED_JOBS_PER_MINUTE */.nM} jobs per resource per minute is cdnkit's assumption, and its pacing`,
            'wildcards are recursive: clients.medianova.com Performance CDN > Purge',
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/medianova/cdn.ts










/** One entry of the resource list (unofficial shape). */
const RESOURCE = (0,shape/* object */.Ik)({
    resource_uuid: shape.id,
    resource_name: (0,shape/* optional */.lq)(shape/* string */.Yj),
    cdn_url: (0,shape/* optional */.lq)(shape/* string */.Yj),
    alias_domain: (0,shape/* optional */.lq)((0,shape/* either */.gP)((0,shape/* array */.YO)(shape/* string */.Yj), (0,shape/* map */.Tj)(shape/* string */.Yj, (alias) => [alias]))),
});
const RESOURCE_PAGE = (0,shape/* object */.Ik)({
    data: (0,shape/* object */.Ik)({
        last_page: (0,shape/* optional */.lq)(shape/* numeric */.sH),
        total: (0,shape/* optional */.lq)(shape/* numeric */.sH),
        data: (0,shape/* array */.YO)(RESOURCE),
    }),
});
/** One URL of a purge or prefetch job, as the status call lists it. */
const JOB_REQUEST = (0,shape/* object */.Ik)({
    opID: (0,shape/* optional */.lq)(shape.id),
    url: (0,shape/* optional */.lq)(shape/* string */.Yj),
    /** opaque code: reported with the message; only a failure word in it is read */
    status: (0,shape/* optional */.lq)((0,shape/* either */.gP)(shape/* number */.ai, shape/* string */.Yj)),
    message: (0,shape/* optional */.lq)(shape/* string */.Yj),
    /** a state word, should an answer carry one */
    state: (0,shape/* optional */.lq)(shape/* string */.Yj),
    createdAt: (0,shape/* nullable */.me)(shape/* string */.Yj),
    startedAt: (0,shape/* nullable */.me)(shape/* string */.Yj),
    completedAt: (0,shape/* nullable */.me)(shape/* string */.Yj),
});
const JOB_STATUS_PAGE = (0,shape/* object */.Ik)({
    data: (0,shape/* object */.Ik)({ total: (0,shape/* optional */.lq)(shape/* numeric */.sH), requests: (0,shape/* array */.YO)(JOB_REQUEST) }),
});
const JOB_ANSWER = (0,shape/* optional */.lq)((0,shape/* object */.Ik)({ opID: (0,shape/* optional */.lq)(shape.id) }));
/** Purge, prefetch and job statuses of one Medianova CDN resource. */
class MedianovaCdn {
    auth;
    options;
    pollIntervalMs = medianova_limits/* POLL_INTERVAL_MS */.fv;
    constructor(auth, options) {
        this.auth = auth;
        this.options = options;
    }
    /** A hostname is looked up only when sending: a dry run shows where its uuid goes. */
    unresolvedResource() {
        const input = this.options.resource;
        return { id: input.includes('.') ? `<uuid of ${input}>` : input };
    }
    /**
     * A uuid is used as given when no host has to be checked; otherwise the
     * (paginated) resource list is read once, up to the first match.
     */
    async resolveResource() {
        const { resource: input, organization, checkHosts } = this.options;
        const byHost = input.includes('.');
        if (!byHost && !checkHosts)
            return { id: input };
        const wanted = byHost ? (0,hostnames/* asciiHostname */.r)(input) : input.toLowerCase();
        const { match, checked } = await this.findResource((resource) => byHost
            ? hostnamesOf(resource).includes(wanted)
            : resource.resource_uuid.toLowerCase() === wanted);
        if (!match) {
            throw new errors/* InputError */.dz('resource', byHost
                ? `no Medianova CDN resource in organization ${organization} has the hostname '${input}' (checked ${checked} resources' cdn_url and alias_domain)`
                : `no Medianova CDN resource in organization ${organization} has the uuid '${input}' (checked ${checked} resources)`);
        }
        return { id: match.resource_uuid, hostnames: hostnamesOf(match) };
    }
    /** Purge jobs take their batch size and (assumed) window from the time model the planner uses. */
    purgeModel(resource) {
        return medianovaPurgeModel(resource.id);
    }
    /** Medianova purges by path for every hostname of the resource. */
    purgeKey(target, resource) {
        return (0,resource_paths/* resourcePathOf */.b)(target, resource);
    }
    planPurge(targets, resource) {
        const { byUrl, byPrefix } = this.purgeModel(resource);
        if (targets.purgeAll)
            return this.jobs({ ...byPrefix, name: 'purge all' }, 'purge', resource, ['/*'], ['/*']);
        const urlPaths = (0,resource_paths/* toResourcePaths */.S)(targets.urls, resource, 'urls');
        const wildcards = (0,resource_paths/* toResourcePaths */.S)(targets.prefixes, resource, 'prefixes').map(toWildcardPath);
        return [
            ...this.jobs(byUrl, 'purge', resource, urlPaths, targets.urls),
            ...this.jobs(byPrefix, 'purge', resource, wildcards, targets.prefixes),
        ];
    }
    planPrefetch(urls, resource) {
        const paths = (0,resource_paths/* toResourcePaths */.S)(urls, resource, 'urls');
        checkPrefetchPaths(paths);
        const prefetch = {
            name: 'prefetch',
            itemsPerRequest: medianova_limits/* MAX_PATHS_PER_REQUEST */.q4,
            limits: [(0,medianova_limits/* jobLimit */.Z$)(resource.id, 'prefetch')],
        };
        return this.jobs(prefetch, 'prefetch', resource, paths, urls);
    }
    /** Medianova refused a job for its wildcards (the resource's "Wildcard Purge Suffix" is off). */
    isPrefixRefusal(error, request) {
        return (error instanceof errors/* ProviderError */.mZ &&
            isRefusal(error) &&
            hasWildcard(request.body.file_path));
    }
    /** Sends one job; its `opID` is the task id. A refused wildcard gets the option's name. */
    async send(request) {
        const body = request.body;
        try {
            const response = await this.auth.send({
                method: request.method,
                path: request.path,
                body,
                limits: request.limits,
                shape: JOB_ANSWER,
            });
            const opId = response.body?.opID;
            const taskIds = opId === undefined ? [] : [opId];
            return { taskIds, attempts: response.attempts };
        }
        catch (error) {
            if (error instanceof errors/* ProviderError */.mZ && this.isPrefixRefusal(error, request)) {
                throw new errors/* ProviderError */.mZ(error.provider, `${error.message.replace(/\.?$/, '.')} ${WILDCARD_HINT}`, { ...error.details, hinted: true });
            }
            throw error;
        }
    }
    async taskStatus(taskIds, resource, kind, options = {}) {
        const statuses = [];
        for (const id of taskIds) {
            statuses.push(jobState(id, await this.jobRequests(resource, kind, id, options.deadline)));
        }
        return statuses;
    }
    jobs(kind, job, resource, paths, originals) {
        const path = endpoints/* ENDPOINTS */.H.job(this.options.organization, resource.id, job);
        const size = kind.itemsPerRequest;
        return (0,list/* batch */.vA)(paths, size).map((filePaths, index) => ({
            kind: kind.name,
            method: 'POST',
            path,
            body: { resource_uuid: resource.id, file_path: filePaths },
            items: originals.slice(index * size, (index + 1) * size),
            limits: kind.limits,
        }));
    }
    /** Reads the resource list (readPages) up to the first resource that `isWanted`. */
    async findResource(isWanted) {
        const list = await (0,pages/* readPages */.n)(async (page) => {
            const { body } = await this.auth.send({
                method: 'GET',
                path: endpoints/* ENDPOINTS */.H.resources(this.options.organization),
                query: { page },
                shape: RESOURCE_PAGE,
            });
            const { data } = body;
            return { items: data.data, total: data.total, lastPage: data.last_page };
        }, (resource) => resource.resource_uuid, { maxPages: medianova_limits/* MAX_LIST_PAGES */.rt, maxItems: medianova_limits/* MAX_LIST_ITEMS */.HD }, (resources) => resources.some(isWanted));
        return { match: list.items.find(isWanted), checked: list.items.length };
    }
    /** Every URL of job `opId`, across the status call's pages (readPages). */
    async jobRequests(resource, kind, opId, deadline) {
        const list = await (0,pages/* readPages */.n)(async (page) => {
            const { body } = await this.auth.send({
                method: 'GET',
                path: endpoints/* ENDPOINTS */.H.job(this.options.organization, resource.id, kind),
                query: { page, limit: medianova_limits/* STATUS_PAGE_LIMIT */.fm, opID: opId },
                deadline,
                shape: JOB_STATUS_PAGE,
            });
            return { items: body.data.requests, total: body.data.total };
        }, 
        // a job lists each of its URLs once; the entry itself keys one without a URL
        (request) => `${request.opID ?? ''} ${request.url ?? JSON.stringify(request)}`, {
            maxPages: medianova_limits/* MAX_JOB_STATUS_PAGES */.V5,
            maxItems: medianova_limits/* MAX_JOB_STATUS_PAGES */.V5 * medianova_limits/* STATUS_PAGE_LIMIT */.fm,
            pageSize: medianova_limits/* STATUS_PAGE_LIMIT */.fm,
        });
        return list.items.filter((request) => request.opID === undefined || request.opID === opId);
    }
}
/** A resource's hostnames: `cdn_url` and every `alias_domain`, bare and lower case. */
function hostnamesOf(resource) {
    return [resource.cdn_url, ...(resource.alias_domain ?? [])]
        .filter((name) => typeof name === 'string' && name.trim() !== '')
        .map((name) => (0,hostnames/* asciiHostname */.r)(name
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/[/:].*$/, '')));
}
/**
 * A job failed when any URL of it says so: Medianova's panel shows jobs as
 * Running, Successful or Failed ("Manage Purge", clients.medianova.com), and
 * the API reports a word in `message` (or a string status) rather than a
 * documented code. Otherwise a job is done when every URL has `completedAt`.
 * The integer status codes are undocumented: shown with their message, never
 * read on their own.
 */
function jobState(id, requests) {
    if (requests.length === 0)
        return { id, state: 'pending', detail: 'not listed by Medianova (yet)' };
    const finished = requests.filter((request) => !!request.completedAt).length;
    const failed = requests.filter(saysFailed);
    const labels = new Map();
    for (const request of failed.length > 0 ? failed : requests) {
        const label = `status ${request.status ?? '?'}${request.message ? `: ${request.message}` : ''}`;
        labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    const codes = [...labels].map(([label, count]) => (count > 1 ? `${label} (×${count})` : label));
    if (failed.length > 0) {
        const example = failed[0]?.url ? `, e.g. ${failed[0].url}` : '';
        return {
            id,
            state: 'failed',
            detail: `${failed.length} of ${requests.length} failed${example}; ${codes.join(', ')}`,
        };
    }
    return {
        id,
        state: finished === requests.length ? 'done' : 'pending',
        detail: `${finished} of ${requests.length} finished; ${codes.join(', ')}`,
    };
}
const FAILURE_WORDS = /fail|error/i;
function saysFailed(request) {
    return [request.message, request.status, request.state].some((word) => typeof word === 'string' && FAILURE_WORDS.test(word));
}
/** Medianova saw the request and said no (not a throttle, outage or expired token). */
function isRefusal(error) {
    const status = error.status;
    return status !== undefined && status < 500 && status !== 401 && status !== 429;
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ ENDPOINTS),
/* harmony export */   w: () => (/* binding */ STOOK_PREFIXES)
/* harmony export */ });
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9096);

/**
 * Every Medianova path, in one place so a wrong one is corrected here only.
 * Sources: the official API documentation (login, purge, Stook) and the
 * unofficial Go client fatihusta/medianova-go (resource list, prefetch path).
 */
/**
 * Where Stook lives: the first prefix, unless the first Stook call of a run
 * answers 404 there and the second answers (stook.ts). The docs page's
 * endpoint headers, an earlier revision of it and the unofficial client all
 * say `/api/v2`; only the page's generated HTTP samples (seed 002) show
 * `/api/api/v2`, a server URL ending in `/api` joined to a path starting with it.
 */
const STOOK_PREFIXES = ['/api/v2/stook', '/api/api/v2/stook'];
const ENDPOINTS = {
    /** POST {api_key, api_secret} -> {status, token, session, expire} (official) */
    login: '/api/v1/auth/login/token',
    /** GET ?page=N -> {data: {current_page, last_page, total, data: [...]}} (unofficial) */
    resources: (organization) => `/api/v1/cdn/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/resource`,
    /**
     * POST {resource_uuid, file_path} -> {status, opID}; GET ?page&limit&opID -> job statuses.
     * Purge is official; prefetch's path is the unofficial client's, same shape.
     */
    job: (organization, resource, kind) => `/api/v1/cdn/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/job/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(resource)}/${kind}`,
    /** GET: list of credentials */
    credentials: (prefix, organization) => `${prefix}/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/credential`,
    /** GET, PUT, DELETE one credential */
    credential: (prefix, organization, id) => `${prefix}/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/credential/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(id)}`,
    /** POST: create. Note the plural, unlike every other credential call. */
    createCredential: (prefix, organization) => `${prefix}/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/credentials`,
};


/***/ }),

/***/ 8435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ MAX_LIST_ITEMS),
/* harmony export */   V5: () => (/* binding */ MAX_JOB_STATUS_PAGES),
/* harmony export */   Z$: () => (/* binding */ jobLimit),
/* harmony export */   fm: () => (/* binding */ STATUS_PAGE_LIMIT),
/* harmony export */   fv: () => (/* binding */ POLL_INTERVAL_MS),
/* harmony export */   nM: () => (/* binding */ ASSUMED_JOBS_PER_MINUTE),
/* harmony export */   q4: () => (/* binding */ MAX_PATHS_PER_REQUEST),
/* harmony export */   rt: () => (/* binding */ MAX_LIST_PAGES),
/* harmony export */   vP: () => (/* binding */ MEDIANOVA_BASE_URL)
/* harmony export */ });
/** Medianova's published limits (its API documentation, Purge page), and our own where it publishes none. */
const MEDIANOVA_BASE_URL = 'https://cloud.medianova.com';
/** Purge: "1 to 100 paths per request" (official). Prefetch's limit is unpublished: the same. */
const MAX_PATHS_PER_REQUEST = 100;
/** The job status call needs `limit` between 1 and 100: we read the most a page allows. */
const STATUS_PAGE_LIMIT = 100;
/**
 * Upper bound on pages read from one paginated list (resources, job statuses),
 * so an answer whose `last_page` or `total` never ends cannot loop for ever.
 */
const MAX_LIST_PAGES = 500;
/** Resources kept from the list at most. */
const MAX_LIST_ITEMS = 50_000;
/**
 * Pages of one job's status read at most: a job holds at most 100 paths (one
 * page), so more pages mean the `opID` filter was ignored.
 */
const MAX_JOB_STATUS_PAGES = 10;
/**
 * Medianova publishes no rate limit. cdnkit assumes one anyway, plans with it
 * (time-model.ts) and paces to it, so that a big purge neither counts on an
 * unknown allowance nor bursts: 10 jobs a minute per resource and job kind
 * (purge URL and wildcard jobs go to the same endpoint and count together;
 * prefetch jobs count apart). That is within what other CDN APIs publish for
 * purge calls (Gcore 2 URL + 1 pattern a minute, CDNetworks 10 per 5 minutes,
 * OnApp CDN 40 per 5 minutes) and still sends 1,000 URLs at once.
 * Our assumption, not Medianova's: change it here when a limit is published.
 * A 429 is still retried with backoff (honouring Retry-After) by the HTTP layer.
 */
const ASSUMED_JOBS_PER_MINUTE = 10;
/** The assumed job window of one resource and job kind: a minute plus a second of margin. */
const jobLimit = (resourceId, kind) => ({
    key: `medianova:${kind}-jobs:${resourceId}`,
    requests: ASSUMED_JOBS_PER_MINUTE,
    windowMs: 61_000,
});
/** How often `wait` polls job statuses. */
const POLL_INTERVAL_MS = 5_000;


/***/ }),

/***/ 1501:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ interleave),
/* harmony export */   K4: () => (/* binding */ WILDCARD_PREFIX),
/* harmony export */   Xi: () => (/* binding */ totalRequests),
/* harmony export */   nU: () => (/* binding */ windowBoundMs),
/* harmony export */   q3: () => (/* binding */ requestCounts),
/* harmony export */   yh: () => (/* binding */ predictDurationMs)
/* harmony export */ });
/* harmony import */ var _http_pacing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2130);
/**
 * How long a purge takes at a provider's published limits: the one description
 * of per-request item limits, rate windows and daily quotas that the plan line,
 * the collapse planner and the benchmark all read. Each provider builds its own
 * (src/providers/<name>/time-model.ts) from its limits.ts; the maths is here.
 */

/**
 * A recursive wildcard, '/dir/*' for every object below /dir/ (Gcore patterns,
 * Medianova wildcards); a directory with a '*' in its name would read as one.
 */
const WILDCARD_PREFIX = {
    write: (directory) => `${directory}*`,
    accepts: (directory) => !directory.includes('*'),
};
/** The fewest requests `urls` exact URLs and `prefixes` prefixes take under `model`. */
function requestCounts(model, items) {
    if (model.mixed)
        return {
            byUrl: 0,
            byPrefix: 0,
            mixed: Math.ceil((items.urls + items.prefixes) / model.byUrl.itemsPerRequest),
        };
    return {
        byUrl: Math.ceil(items.urls / model.byUrl.itemsPerRequest),
        byPrefix: Math.ceil(items.prefixes / model.byPrefix.itemsPerRequest),
        mixed: 0,
    };
}
function totalRequests(counts) {
    return counts.byUrl + counts.byPrefix + counts.mixed;
}
/**
 * Unscaled milliseconds from the first request to the last when `counts`
 * requests are sent in the order `interleave` chooses, paced by the Pacer's own
 * sliding windows (the same maths `pacedDurationMs` and the client use).
 */
function predictDurationMs(model, counts) {
    const requests = [
        ...repeat(model.byUrl, counts.byUrl),
        ...repeat(model.byPrefix, counts.byPrefix),
        // a mixed request counts against the windows of both kinds (the same ones, at CDNetworks)
        ...repeat(mixedKind(model), counts.mixed),
    ];
    return interleave(requests).at(-1)?.atMs ?? 0;
}
/**
 * The same duration in closed form: for every window, n requests under it at R
 * per window W need floor((n - 1) / R) windows, and interleaving lets separate
 * windows run side by side, so the longest wins. Exact when no kind is subject to
 * two windows of different lengths (true of every model here; a test holds it to
 * `predictDurationMs`). O(windows): the planner calls it in its inner loop.
 */
function windowBoundMs(model, counts) {
    let longest = 0;
    for (const window of windowsOf(model)) {
        const requests = window.byUrl * counts.byUrl + window.byPrefix * counts.byPrefix + window.mixed * counts.mixed;
        if (requests > 0)
            longest = Math.max(longest, Math.floor((requests - 1) / window.limit.requests) * window.limit.windowMs);
    }
    return longest;
}
const windowCache = new WeakMap();
function windowsOf(model) {
    let windows = windowCache.get(model);
    if (!windows) {
        const under = (kind, key) => kind.limits.some((limit) => limit.key === key) ? 1 : 0;
        const mixed = mixedKind(model);
        windows = mixed.limits.map((limit) => ({
            limit,
            byUrl: under(model.byUrl, limit.key),
            byPrefix: under(model.byPrefix, limit.key),
            mixed: 1,
        }));
        windowCache.set(model, windows);
    }
    return windows;
}
/**
 * Orders requests so that those under separate windows overlap in time: each
 * step sends, of the first unsent request of every distinct set of limits, the
 * one that may start earliest (ties keep the given order). Within a set the
 * given order is kept. Returns each request with its unscaled start offset;
 * sent in this order by a paced client, the last starts at the last offset.
 */
function interleave(requests) {
    const queues = new Map();
    for (const request of requests) {
        const key = request.limits
            .map((limit) => limit.key)
            .sort()
            .join('\n');
        const queue = queues.get(key) ?? [];
        queue.push(request);
        queues.set(key, queue);
    }
    const heads = [...queues.values()].map((queue) => ({ queue, next: 0 }));
    const pacer = new _http_pacing_js__WEBPACK_IMPORTED_MODULE_0__/* .Pacer */ ._E({ now: () => 0, sleep: async () => { }, random: () => 0, scale: 1 });
    const order = [];
    let at = 0;
    while (order.length < requests.length) {
        let chosen;
        let chosenStart = Number.POSITIVE_INFINITY;
        for (const head of heads) {
            const request = head.queue[head.next];
            if (request === undefined)
                continue;
            const start = pacer.earliestStart(request.limits, at);
            if (start < chosenStart) {
                chosen = head;
                chosenStart = start;
            }
        }
        const request = chosen.queue[chosen.next++];
        at = chosenStart;
        pacer.record(request.limits, at);
        order.push({ request, atMs: at });
    }
    return order;
}
/** A request carrying both kinds counts against every window either kind is under. */
function mixedKind(model) {
    const limits = new Map([...model.byUrl.limits, ...model.byPrefix.limits].map((limit) => [limit.key, limit]));
    return { ...model.byUrl, limits: [...limits.values()] };
}
function repeat(kind, times) {
    return Array.from({ length: times }, () => kind);
}


/***/ }),

/***/ 9936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

/***/ 6829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ toResourcePaths),
/* harmony export */   b: () => (/* binding */ resourcePathOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6591);


/**
 * Providers that take paths without a domain (Gcore, Medianova): a full URL is
 * reduced to path + query once its host is known to belong to the resource;
 * every foreign host is named in one error.
 */
function toResourcePaths(targets, resource, input) {
    const hostnames = resource.hostnames?.map((host) => host.toLowerCase());
    const known = hostnames && new Set(hostnames);
    const foreign = new Set();
    const paths = targets.map((target) => {
        const { host, path } = (0,_url_js__WEBPACK_IMPORTED_MODULE_1__/* .targetParts */ .k2)(target);
        if (host !== undefined && known !== undefined && !known.has(host))
            foreign.add(host);
        return path;
    });
    if (foreign.size > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `host${foreign.size === 1 ? '' : 's'} ${[...foreign].join(', ')} ${foreign.size === 1 ? 'does' : 'do'} not belong to resource ${resource.id} (its hostnames: ${hostnames?.join(', ') || 'none'})`);
    }
    return paths;
}
/**
 * What a path-based provider purges for `target`: its path + query when its host
 * is the resource's (or unknown, or absent), undefined for another host. For
 * planning, where a URL the resource does not serve is simply not its object.
 */
function resourcePathOf(target, resource) {
    if (target.startsWith('/'))
        return target;
    // a normalised URL (normaliseTarget): scheme://host[:port]/path?query, the host lower case;
    // read without new URL(): a site walk calls this for every file
    const found = /^[a-z]+:\/\/([^/?#]*)(.*)$/.exec(target);
    if (!found)
        return (0,_url_js__WEBPACK_IMPORTED_MODULE_1__/* .splitTarget */ .Gd)(target).path;
    const path = found[2] || '/';
    if (resource.hostnames === undefined)
        return path;
    const host = found[1].replace(/:\d+$/, '');
    return resource.hostnames.some((name) => name.toLowerCase() === host) ? path : undefined;
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

"use strict";
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

"use strict";
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** cdnkit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 1556:
/***/ ((module) => {

"use strict";
// What cdnkit's bundles get for `import … from 'undici'`; Node and the tests
// get the real package (a dependency of @actions/http-client). Only the
// bundler reads this, through tsconfig.json "paths" (ncc resolves every
// import, node_modules included, through those of its working directory).
//
// @actions/http-client imports undici at its top level only to build a
// ProxyAgent in getAgentDispatcher(), for fetch() users; its own requests (all
// of cdnkit's) are proxied with tunnel. Bundled, undici would be most of the
// action and would be evaluated at every start, since @actions/core imports
// http-client statically: BENCHMARKS.md measures what that costs.
// __tests__/unit/bundle.test.ts proves, on the built bundles, that every use of
// this module lies in getAgentDispatcher and that nothing calls it; if a new
// http-client used undici elsewhere, that test fails before a release could.


// Read by module interop when the module is imported, before any real use.
const INTEROP_KEYS = new Set(['__esModule', 'then', 'default']);

module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      if (typeof key === 'symbol' || INTEROP_KEYS.has(key)) return undefined;
      throw new Error(
        `undici.${key} is not in cdnkit's bundle: @actions/http-client needs undici only for getAgentDispatcher(), which cdnkit does not call`,
      );
    },
  },
);


/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./shims/undici-unbundled.cjs
var undici_unbundled = __nccwpck_require__(1556);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_unbundled.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

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