/**
 * PDF documents built with OpenPDF: the case file and the monthly report. Fonts that can show
 * Chinese are found here once, with a fallback that still prints every Latin letter and digit.
 */
package org.servicehall.interfaces.pdf;
