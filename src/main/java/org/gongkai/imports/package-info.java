/**
 * Imports: the one streaming table reader (CSV, XLSX through POI's SAX event API, JSON lines), the one import
 * report (row, column, message; all rows or none), the one template convention ({@code …/import/template.csv}
 * and {@code …/import/template.xlsx}: header row = column names, an example row; the XLSX has a 说明 sheet) and
 * idempotency keys for every import (same key and body give the first result; see decision 006).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.gongkai.imports;
