/** The add-in's version; a test keeps it equal to addin/package.json. */
export const VERSION = "0.1.0";
