/** Loads every table family (each module registers its tables when imported). */
import './fs.js';
import './io.js';
import './mm.js';
import './net.js';
import './process.js';
import './signal.js';
import './subsys.js';
