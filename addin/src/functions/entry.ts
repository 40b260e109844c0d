// The custom-functions bundle: runs in Excel's shared runtime and registers every function.
import { associateAll } from "./registry.js";

associateAll(CustomFunctions);
