"use strict";
exports.id = 436;
exports.ids = [436];
exports.modules = {

/***/ 4436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_WALK_LIMITS: () => (/* binding */ DEFAULT_WALK_LIMITS),
/* harmony export */   enumerateMappedFiles: () => (/* binding */ enumerateMappedFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Every file of the workspace that url-map maps, with its URLs: what a purge
 * of a directory prefix would also invalidate. The walk is bounded (files,
 * depth, directory entries), never follows symbolic links and skips `.git`.
 */


const DEFAULT_WALK_LIMITS = { maxFiles: 100_000, maxDepth: 32 };
/**
 * Walks `root` (the workspace) and maps each file's path relative to it. Only
 * the directories the url-map rules can match are entered (each rule's fixed
 * leading directories: `public/**` walks public/ alone), so a checkout's
 * node_modules does not eat the file limit. A root that does not exist is
 * skipped; other unreadable directories are skipped and count as truncation.
 */
async function enumerateMappedFiles(root, mapper, limits = {}) {
    const { maxFiles, maxDepth } = { ...DEFAULT_WALK_LIMITS, ...limits };
    const tree = { urls: [], files: 0, truncated: false, symlinks: 0 };
    // breadth first, so a limit cuts the deepest levels, not a whole top-level directory
    const queue = mapper
        .walkRoots()
        .map((path) => ({ path, depth: path === '' ? 0 : path.split('/').length, root: true }))
        .sort((a, b) => a.depth - b.depth || (a.path < b.path ? -1 : 1));
    for (let next = 0; next < queue.length; next++) {
        const { path: relative, depth, root: isRoot } = queue[next];
        if (depth > maxDepth) {
            tree.truncated = true;
            continue;
        }
        let dir;
        try {
            dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.opendir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative));
        }
        catch (error) {
            const code = error.code;
            if (!(isRoot && (code === 'ENOENT' || code === 'ENOTDIR')))
                tree.truncated = true;
            continue;
        }
        const subdirectories = [];
        for await (const entry of dir) {
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isSymbolicLink())
                tree.symlinks++;
            else if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    subdirectories.push(path);
            }
            else if (entry.isFile()) {
                if (tree.files >= maxFiles) {
                    tree.truncated = true;
                    return finish(tree);
                }
                tree.files++;
                for (const url of mapper.map(path))
                    tree.urls.push(url);
            }
        }
        for (const path of subdirectories.sort())
            queue.push({ path, depth: depth + 1, root: false });
        // directories are bounded like files: a tree of empty directories ends too
        if (queue.length > maxFiles) {
            tree.truncated = true;
            break;
        }
    }
    return finish(tree);
}
function finish(tree) {
    tree.urls.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    return tree;
}


/***/ })

};
;
//# sourceMappingURL=436.index.js.map