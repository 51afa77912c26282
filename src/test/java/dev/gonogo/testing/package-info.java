/** Test support shared by the tests of every package: locating the team's shared files beside the checkout. */
package dev.gonogo.testing;
