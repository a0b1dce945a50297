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

/***/ 9407:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4609);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = require("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = require("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = require("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = require("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = require("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = require("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = require("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
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

;// CONCATENATED MODULE: ./src/action/logger.ts



/**
 * Text as it may reach the runner's log: secrets redacted first (a second
 * guard behind the runner's masking), then no line of it able to start a
 * workflow command. Every line the action writes goes through here.
 */
function logText(secrets, text) {
    return neutraliseCommands(secrets.redact(text));
}
/**
 * Logs through @actions/core, every line through `logText`. Debug lines only
 * when the step's debug logging is on (RUNNER_DEBUG=1, what `core.isDebug()`
 * reads): the runner drops `::debug::` lines otherwise, and a large purge
 * would pay a redaction and a write for each of its thousands. The CLI's
 * logger does the same without --verbose.
 */
function actionLogger(secrets, debugging = isDebug()) {
    return {
        debug: debugging ? (message) => core_debug(logText(secrets, debugText(message))) : () => { },
        info: (message) => info(logText(secrets, message)),
        warning: (message) => warning(logText(secrets, message)),
        error: (message) => error(logText(secrets, message)),
        startGroup: (title) => startGroup(logText(secrets, title)),
        endGroup: () => endGroup(),
    };
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
/**
 * Outputs within GitHub's limit of 1 MB each, whatever the list sizes: the
 * `result` JSON keeps its shape and loses the tails of its longest lists,
 * saying how many entries each lost; any other output is cut at the limit.
 */
/** GitHub's limit for one output (1 MB), with room for the runner's own framing. */
const MAX_OUTPUT_BYTES = 1_000_000 - 1024;
/**
 * `value` as JSON of at most `maxBytes`. While it is too long, the longest
 * list in it loses its second half; an object result gets a `truncated` field
 * naming each cut list and how many entries it lost.
 */
function boundedJson(value, maxBytes = MAX_OUTPUT_BYTES) {
    let json = JSON.stringify(value) ?? 'null';
    const truncated = {};
    if (bytes(json) <= maxBytes)
        return { json, truncated };
    const copy = JSON.parse(json);
    for (let round = 0; round < 200 && bytes(json) > maxBytes; round++) {
        const longest = longestList(copy, '');
        if (!longest || longest.list.length === 0)
            break;
        const keep = Math.floor(longest.list.length / 2);
        truncated[longest.path] = (truncated[longest.path] ?? 0) + longest.list.length - keep;
        longest.list.length = keep;
        json = JSON.stringify(withTruncated(copy, truncated));
    }
    if (bytes(json) > maxBytes) {
        // no list left to cut: one huge string; say so rather than write a broken output
        json = JSON.stringify({ truncated: true, reason: `the result is over ${maxBytes} bytes` });
    }
    return { json, truncated };
}
/** A plain output cut at `maxBytes` (on a character boundary), and the bytes it lost. */
function boundedOutput(value, maxBytes = MAX_OUTPUT_BYTES) {
    const size = bytes(value);
    if (size <= maxBytes)
        return { value, lostBytes: 0 };
    let cut = Buffer.from(value).subarray(0, maxBytes).toString('utf8');
    // a character split at the limit decodes as U+FFFD: drop it
    if (cut.endsWith('\ufffd'))
        cut = cut.slice(0, -1);
    return { value: cut, lostBytes: size - bytes(cut) };
}
function withTruncated(value, truncated) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return value;
    return { ...value, truncated };
}
/** The list with the longest JSON in `value`, and its path. */
function longestList(value, path) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    let best;
    const consider = (found) => {
        if (found && (!best || found.size > best.size))
            best = found;
    };
    if (Array.isArray(value)) {
        consider({ list: value, path: path || '(result)', size: bytes(JSON.stringify(value)) });
        for (const [index, item] of value.entries()) {
            consider(longestList(item, `${path}[${index}]`));
        }
    }
    else {
        for (const [key, item] of Object.entries(value)) {
            if (key === 'truncated' && path === '')
                continue;
            consider(longestList(item, path ? `${path}.${key}` : key));
        }
    }
    return best;
}
function bytes(text) {
    return Buffer.byteLength(text);
}

;// CONCATENATED MODULE: ./src/action/summary.ts
/** Longest list shown in the summary (the rest is counted, and listed in full in the log). */
const MAX_LISTED = 2000;
/**
 * GitHub refuses a step summary over 1 MiB; this leaves room for the lines
 * that say what was cut.
 */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
/** Longest cell or list item shown; longer ones end in `…`. */
const MAX_CELL_LENGTH = 1000;
/**
 * The job summary as Markdown: a table of what happened, then task tables and
 * lists, within MAX_SUMMARY_BYTES. Text from providers cannot form links,
 * images or HTML (see `cell`). Lists and tables that do not fit are cut, with
 * a count of what was left out, and returned in `cut` (as given, unredacted)
 * for the log. Every text shown is passed through `redact` before it is
 * escaped, so an escaped secret cannot slip past it; only what is shown is
 * redacted (a list of 200,000 URLs shows 2,000).
 */
function renderSummary(heading, report, redact = (text) => text) {
    const rows = [
        ['Operation', heading.operation],
        ['Provider', heading.provider],
        ...report.rows.map(([label, value]) => [redact(label), redact(value)]),
        ...(report.failure ? [['Error', redact(report.failure)]] : []),
    ];
    const head = [
        `### cdnkit: ${plain(heading.operation)} on ${plain(heading.provider)}`,
        '',
        ...tableLines(['', ''], rows),
    ].join('\n');
    let budget = MAX_SUMMARY_BYTES - summary_bytes(head);
    const sections = [head];
    const cut = [];
    const place = (section) => {
        const { text, shown } = section.render(budget);
        sections.push(text);
        budget -= summary_bytes(text) + 1;
        // a list that repeats the inputs is not logged again: the summary names them instead
        if (shown < section.count && !section.repeats) {
            cut.push({ title: section.title, lines: section.lines, shown });
        }
    };
    for (const table of report.tables ?? [])
        if (table.rows.length > 0)
            place(tableSection(table, redact));
    for (const list of report.lists ?? [])
        place(listSection(list, redact));
    return { markdown: `${sections.join('\n')}\n`, cut };
}
function tableSection(table, redact) {
    const [header, rule] = tableLines(table.header.map(redact), []);
    return {
        title: table.title,
        count: table.rows.length,
        lines: table.rows.map((row) => row.join(' | ')),
        render: (budget) => fill([`#### ${plain(redact(table.title))}`, '', header, rule], table.rows.map((row) => `| ${row.map((text) => cell(redact(text))).join(' | ')} |`), [], budget, (more) => `| … and ${more} more rows (the full table is in the log) |`),
    };
}
function listSection(list, redact) {
    const rest = list.repeats
        ? `the full list is ${list.repeats}, in their order`
        : 'the full list is in the log';
    return {
        title: list.title,
        count: list.items.length,
        repeats: list.repeats,
        lines: list.items,
        render: (budget) => fill([`<details><summary>${plain(redact(list.title))}</summary>`, ''], list.items.slice(0, MAX_LISTED).map((item) => `- ${codeSpan(redact(item))}`), ['', '</details>'], budget, (more) => `- … and ${more} more (${rest})`, list.items.length),
    };
}
/** As many `entries` as `budget` bytes hold, between `open` and `close`, and a line for the rest. */
function fill(open, entries, close, budget, more, total = entries.length) {
    const reserve = summary_bytes(more(total)) + 1;
    let used = summary_bytes([...open, ...close].join('\n')) + 1 + reserve;
    let shown = 0;
    while (shown < entries.length && used + summary_bytes(entries[shown]) + 1 <= budget) {
        used += summary_bytes(entries[shown]) + 1;
        shown++;
    }
    const rest = total - shown;
    const lines = [...open, ...entries.slice(0, shown), ...(rest > 0 ? [more(rest)] : []), ...close];
    return { text: ['', ...lines].join('\n'), shown };
}
function tableLines(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(header.map(plain)),
        line(header.map(() => '---')),
        ...rows.map((row) => line(row.map(cell))),
    ];
}
/**
 * Characters and sequences with which Markdown or HTML could make a link, an
 * image or markup: brackets and `!`, `<`, `&`, autolinks (`://`, `www.`, `@`),
 * escapes, math and table pipes. (Emphasis and backticks can only restyle text.)
 */
const MARKUP = /[[\]!<>&\\|$@]|:\/\/|www\./i;
/**
 * A table cell: plain when it holds nothing Markdown reads, else a code span,
 * in which nothing forms a link, an image or HTML.
 */
function cell(text) {
    const short = shorten(text);
    return MARKUP.test(short)
        ? codeSpan(short).replace(/\|/g, '\\|')
        : short.replace(/\r?\n/g, '<br>');
}
/** cdnkit's own words (titles, labels): plain, with any markup character escaped. */
function plain(text) {
    return shorten(text)
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[`*_~[\]!\\|$@]/g, '\\$&');
}
/** `text` as one code span, fenced by more backticks than it holds in a row. */
function codeSpan(text) {
    const flat = shorten(text).replace(/\r\n|\r|\n/g, ' ');
    if (flat.trim() === '')
        return '';
    let longest = 0;
    for (const run of flat.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat;
    return `${fence}${padded}${fence}`;
}
function shorten(text) {
    return text.length > MAX_CELL_LENGTH ? `${text.slice(0, MAX_CELL_LENGTH)}…` : text;
}
function summary_bytes(text) {
    return Buffer.byteLength(text);
}

;// CONCATENATED MODULE: ./src/action/report.ts




/**
 * The one place that writes what the runner shows: outputs, the redacted
 * `result`, annotations, the job summary and the failure line. Every secret was
 * registered (core.setSecret) when obtained; everything written here is also
 * redacted as a second guard, before any escaping for Markdown. Outputs stay
 * under 1 MB and the summary under 1 MiB, whatever the list sizes: what does
 * not fit is counted there and listed in full in the log.
 */
async function writeReport(report, heading, secrets) {
    for (const [name, value] of Object.entries(report.outputs)) {
        if (value === undefined)
            continue;
        const bounded = boundedOutput(value);
        if (bounded.lostBytes > 0) {
            warning(logText(secrets, `The '${name}' output was cut by ${bounded.lostBytes} bytes to GitHub's limit of ${MAX_OUTPUT_BYTES} bytes.`));
        }
        setOutput(name, bounded.value);
    }
    const result = boundedJson(secrets.redactJson(report.result));
    setOutput('result', result.json);
    const cutLists = Object.entries(result.truncated);
    if (cutLists.length > 0) {
        info(logText(secrets, `The result output was cut to GitHub's limit of 1 MB: ${cutLists.map(([path, lost]) => `${path} lost ${lost} entries`).join(', ')} (its 'truncated' field says so; the log and the summary list them)`));
    }
    for (const annotation of report.annotations ?? []) {
        const message = logText(secrets, annotation.message);
        if (annotation.level === 'error')
            error(message);
        else if (annotation.level === 'warning')
            warning(message);
        else
            notice(message);
    }
    await writeSummary(heading, report, secrets);
    if (report.failure)
        setFailed(logText(secrets, report.failure));
}
/** The step fails with one line; the summary says the same. */
async function writeFailure(message, heading, secrets) {
    setFailed(logText(secrets, message));
    await writeSummary(heading, { rows: [['Status', 'failed']], failure: message }, secrets);
}
/** Renders (redacting, then escaping, what it shows); whatever the summary had to cut goes to the log whole. */
async function writeSummary(heading, report, secrets) {
    // redacted piece by piece as rendered, before escaping: only what is shown pays for it
    const { markdown, cut } = renderSummary(heading, report, (text) => secrets.redact(text));
    for (const section of cut)
        logInFull(section, secrets);
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await summary.addRaw(markdown).write();
    }
    catch (error) {
        warning(logText(secrets, `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`));
    }
}
/** Lines one write carries: a cut list of 200,000 URLs is 200 writes to the log, not 200,000. */
const LINES_PER_WRITE = 1000;
function logInFull(section, secrets) {
    startGroup(logText(secrets, `${section.title}: all ${section.lines.length} (the summary shows ${section.shown})`));
    // redacted and neutralised a chunk at a time: both work line by line on multi-line text
    for (let start = 0; start < section.lines.length; start += LINES_PER_WRITE) {
        const chunk = section.lines.slice(start, start + LINES_PER_WRITE).join('\n');
        info(logText(secrets, chunk));
    }
    endGroup();
}

// EXTERNAL MODULE: ./src/catalog.ts
var catalog = __nccwpck_require__(8920);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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

// EXTERNAL MODULE: ./src/hints.ts
var hints = __nccwpck_require__(9957);
// EXTERNAL MODULE: ./src/run-context.ts
var run_context = __nccwpck_require__(3564);
;// CONCATENATED MODULE: ./src/main.ts








/** The action: read inputs once, run the operation, report. Never throws. */
async function run(env = process.env) {
    const secrets = new SecretRegistry((value) => core_setSecret(value));
    const heading = {
        operation: known(getInput('operation'), catalog/* OPERATIONS */.xb),
        provider: known(getInput('provider'), catalog/* PROVIDERS */.xq),
    };
    try {
        const config = configFromInputs((name) => getInput(name), secrets, env);
        const logger = actionLogger(secrets);
        // Loaded after the inputs are valid: a bad input fails without paying for them,
        // and the GitHub secret store only when the inputs ask for write-back.
        const { runOperation } = await __nccwpck_require__.e(/* import() */ 911).then(__nccwpck_require__.bind(__nccwpck_require__, 4911));
        const secretStore = config.githubSecret
            ? (await __nccwpck_require__.e(/* import() */ 922).then(__nccwpck_require__.bind(__nccwpck_require__, 1922))).githubSecretStore(config, logger, secrets, env)
            : undefined;
        const ctx = (0,run_context/* createRunContext */.f)(config, logger, secrets, env, { secretStore });
        const report = await runOperation(ctx);
        await writeReport(report, heading, secrets);
    }
    catch (error) {
        if (isDebug() && error instanceof Error && error.stack)
            core_debug(logText(secrets, error.stack));
        await writeFailure((0,hints/* describeFailure */.Ic)(error), heading, secrets);
    }
}
function known(value, allowed) {
    const trimmed = value.trim();
    return allowed.includes(trimmed) ? trimmed : '(invalid)';
}


/***/ }),

/***/ 3564:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

/***/ 8117:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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
/******/ 	var __webpack_exports__ = __nccwpck_require__(9407);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;
//# sourceMappingURL=index.js.map