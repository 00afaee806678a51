/** Numbers as people read them, shared by the charts, the run events' sentences and the window (no dependencies). */
package org.activationexplorer.text;
