/**
 * Reports over many run files (a sweep's cells, from any shards and folders): runs with the same settings except
 * the seed form a group; per group the test accuracy's mean, standard deviation and 95 % confidence interval, as
 * summary.csv and summary.md, and figures drawn through plot's Painter (SVG and PNG, as every export).
 */
package org.activationexplorer.report;
