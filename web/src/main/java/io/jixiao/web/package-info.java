/** The workbench: {@code jixiao serve} (docs/web.md). */
package io.jixiao.web;
